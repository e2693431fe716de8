// The known sites' origins, each profile's `origin`: kept apart from the
// profiles, as plain constants (a property read would keep the profiles in a
// bundle), so the content script's `matches` do not pull the sites' words
// into the page's script.

/** MyCepa's origin. */
export const myCepaOrigin = 'https://my.cepa.be';
/** C-point's origin. */
export const cPointOrigin = 'https://www.c-point.be';

/** The WebExtension match pattern that grants, or runs a script on, exactly `origin`. */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/**
 * The known sites' match patterns: the content script's `matches` and the
 * manifest's `host_permissions` (the only hosts the extension may touch
 * unasked) both come from here.
 */
export const siteMatchPatterns: readonly string[] = [myCepaOrigin, cPointOrigin].map(originPattern);

/** True on MyCepa's or C-point's exact origin. */
export function isSiteOrigin(origin: string): boolean {
  return origin === myCepaOrigin || origin === cPointOrigin;
}

import { siteProfiles } from './profiles.ts';

/** The WebExtension match pattern that grants, or runs a script on, exactly `origin`. */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/**
 * The known sites' match patterns: the content script's `matches` and the
 * manifest's `host_permissions` (the only hosts the extension may touch
 * unasked) both come from here, so they follow the site profiles.
 */
export const siteMatchPatterns: readonly string[] = siteProfiles.map((profile) =>
  originPattern(profile.origin),
);

import { findSiteProfile, parseSecureOrigin } from '../../core/sites/index.ts';

/**
 * The sites the user linked and allowed, from the host patterns the browser
 * granted: exact https origins only, without MyCepa and C-point (the
 * manifest's content script already runs there). A wildcard grant such as
 * 'https://*\/*' counts for nothing: the script runs where a link was allowed.
 */
export function findLinkedOrigins(patterns: readonly string[]): string[] {
  const origins = patterns.flatMap((pattern) => {
    const host = /^https:\/\/([^/*]+)\/\*$/.exec(pattern)?.[1];
    if (host === undefined) return [];
    const origin = `https://${host}`;
    if (parseSecureOrigin(origin) !== origin || findSiteProfile(origin)) return [];
    return [origin];
  });
  return [...new Set(origins)].sort();
}

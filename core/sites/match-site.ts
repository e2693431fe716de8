import { siteProfiles } from './profiles.ts';
import type { SiteProfile } from './site-profile.ts';

/**
 * The origin of `url` when it is one autofill may ever act on: https on the
 * default port. Anything else (http, another port, an unparsable string) is
 * undefined. The URL parser lower-cases the host and keeps a trailing dot, so
 * 'https://MY.CEPA.BE' is my.cepa.be while 'https://my.cepa.be.' is not.
 */
export function parseSecureOrigin(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' || parsed.port !== '') return undefined;
  return parsed.origin;
}

/** The site profile for exactly this origin (or a URL on it); look-alikes get none. */
export function findSiteProfile(origin: string): SiteProfile | undefined {
  const exact = parseSecureOrigin(origin);
  if (exact === undefined) return undefined;
  return siteProfiles.find((profile) => profile.origin === exact);
}

/**
 * The site an account's issuer belongs to: 'MyCepa'/'Cepa' or 'C-point', any
 * case, or the site's host name as some servers write it ('www.c-point.be').
 */
export function siteForIssuer(issuer: string | undefined): SiteProfile | undefined {
  const name = issuer?.trim().toLowerCase();
  if (name === undefined || name === '') return undefined;
  return siteProfiles.find(
    (profile) => profile.issuers.includes(name) || new URL(profile.origin).host === name,
  );
}

/** What `matchAccountsForOrigin` needs to know about an account. */
export interface AccountSiteKeys {
  issuer: string | undefined;
  /** Origins the user linked to the account themselves. */
  links: readonly string[];
}

/**
 * The accounts that belong on `origin`: by issuer on the two known sites, or
 * by an exact origin the user linked. A link is held to the same rule as the
 * page (https, default port), so a stored http link never matches.
 */
export function matchAccountsForOrigin<T>(
  accounts: readonly T[],
  origin: string,
  get: (account: T) => AccountSiteKeys,
): T[] {
  const exact = parseSecureOrigin(origin);
  if (exact === undefined) return [];
  const site = findSiteProfile(exact);
  return accounts.filter((account) => {
    const keys = get(account);
    if (site !== undefined && siteForIssuer(keys.issuer) === site) return true;
    return keys.links.some((link) => parseSecureOrigin(link) === exact);
  });
}

/** Which demo site a host name serves. */
export type SiteName = 'cpoint' | 'mycepa';

/** The real host names the demo server impersonates. */
export const CPOINT_HOST = 'www.c-point.be';
export const MYCEPA_HOST = 'my.cepa.be';

/**
 * Every host the server answers, with the site it serves. The look-alikes
 * serve copies of the same pages so tests can prove the extension refuses them.
 */
export const SITE_HOSTS: Readonly<Record<string, SiteName>> = {
  [CPOINT_HOST]: 'cpoint',
  'www.c-point.be.example.test': 'cpoint',
  'www.c-p0int.be': 'cpoint',
  [MYCEPA_HOST]: 'mycepa',
  'my-cepa.be': 'mycepa',
  'my.cepa.be.example.test': 'mycepa',
};

/** The site a request's Host header belongs to; undefined for unknown hosts. */
export function findSite(hostHeader: string | undefined): SiteName | undefined {
  if (hostHeader === undefined) return undefined;
  const host = stripPort(hostHeader.toLowerCase());
  return Object.hasOwn(SITE_HOSTS, host) ? SITE_HOSTS[host] : undefined;
}

/** The host name of a Host header without its port. */
export function stripPort(hostHeader: string): string {
  return hostHeader.replace(/:\d+$/, '');
}

/** Chromium's --host-resolver-rules value that sends every demo host to `port`. */
export function formatHostRules(port: number): string {
  return Object.keys(SITE_HOSTS)
    .map((host) => `MAP ${host} 127.0.0.1:${port}`)
    .join(', ');
}

import { browser } from 'wxt/browser';
import { parseSecureOrigin } from '../../../core/sites/index.ts';
import type { AccountView } from '../../../core/app/vault-port.ts';
import { originPattern } from '../../../core/sites/index.ts';

/**
 * Asks the browser to let Havencode run on `origin`, the one site just
 * linked. Call it straight from the click: the browser asks only on a user
 * gesture. Resolves to false when refused or when `origin` isn't one an
 * account can be linked to (the vault then says why).
 */
export async function requestLinkAccess(origin: string): Promise<boolean> {
  if (parseSecureOrigin(origin) !== origin) return false;
  return browser.permissions.request({ origins: [originPattern(origin)] });
}

/** The linked origins the browser lets Havencode run on. */
export async function findAllowedLinks(records: readonly AccountView[]): Promise<Set<string>> {
  const links = [...new Set(records.flatMap((record) => record.links ?? []))].filter(
    (link) => parseSecureOrigin(link) === link,
  );
  const allowed = await Promise.all(
    links.map((link) => browser.permissions.contains({ origins: [originPattern(link)] })),
  );
  return new Set(links.filter((_, index) => allowed[index]));
}

/**
 * Gives the right to run on `origin` back once no account links it any
 * more. The manifest's own hosts (MyCepa, C-point) can't be given back.
 */
export async function releaseLinkAccess(
  origin: string,
  records: readonly AccountView[],
): Promise<void> {
  const pattern = originPattern(origin);
  if (records.some((record) => record.links?.includes(origin))) return;
  // Firefox's MV2 manifest lists hosts among the permissions.
  const manifest: { host_permissions?: string[] | undefined; permissions?: string[] | undefined } =
    browser.runtime.getManifest();
  const required = [...(manifest.host_permissions ?? []), ...(manifest.permissions ?? [])];
  if (required.includes(pattern)) return;
  await browser.permissions.remove({ origins: [pattern] });
}

import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import type { KioskPolicy } from '../../../core/kiosk/policy.ts';
import { parseSecureOrigin } from '../../../core/sites/index.ts';

const SITE_TABS_KEY = 'havencode.kioskSiteTabs';

/**
 * Kiosk mode's `lockOnTabClose`, for the shift hand-over: when the worker
 * closes the last tab of an allowed site (MyCepa, C-point), the vault
 * locks. A closed tab's address is gone by the time the browser says it
 * closed, so the ids of site tabs are kept (in storage.session: the
 * service worker may sleep in between).
 */
export function startKioskTabClose(
  policy: () => Promise<KioskPolicy>,
  lock: () => Promise<void>,
): void {
  const siteTabs = async (): Promise<number[]> => {
    const kept = (await browser.storage.session.get(SITE_TABS_KEY))[SITE_TABS_KEY];
    return Array.isArray(kept) ? kept.filter((id): id is number => typeof id === 'number') : [];
  };
  const keep = (ids: number[]) => browser.storage.session.set({ [SITE_TABS_KEY]: ids });
  const note = async (tab: Browser.tabs.Tab) => {
    if (tab.id === undefined) return;
    const site = isAllowedTab(await policy(), tab);
    const ids = (await siteTabs()).filter((id) => id !== tab.id);
    await keep(site ? [...ids, tab.id] : ids);
  };

  void browser.tabs.query({}).then(async (tabs) => {
    const current = await policy();
    await keep(tabs.filter((tab) => isAllowedTab(current, tab)).flatMap((tab) => tab.id ?? []));
  });
  browser.tabs.onUpdated.addListener((_id, change, tab) => {
    if (change.url !== undefined) void note(tab);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void (async () => {
      const ids = await siteTabs();
      if (!ids.includes(tabId)) return;
      const left = ids.filter((id) => id !== tabId);
      await keep(left);
      const current = await policy();
      if (current.kiosk && current.lockOnTabClose && left.length === 0) await lock();
    })();
  });
}

function isAllowedTab(policy: KioskPolicy, tab: Browser.tabs.Tab): boolean {
  const origin = parseSecureOrigin(tab.url ?? '');
  return origin !== undefined && policy.allowedSites.includes(origin);
}

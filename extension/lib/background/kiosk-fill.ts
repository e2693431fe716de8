import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import type { KioskPolicy } from '../../../core/kiosk/policy.ts';
import { parseSecureOrigin } from '../../../core/sites/index.ts';
import { sendToTab } from '../protocol.ts';
import type { FillAnswer } from '../protocol-types.ts';

type Tab = Browser.tabs.Tab;

const TARGET_KEY = 'havencode.kioskFillTab';
const ASKED_KEY = 'havencode.kioskUnlockAskedBy';

/**
 * Kiosk mode's rule "one unlock fills one tab: the one the worker unlocked
 * from". Tabs of earlier workers may still wait at a code field; they must
 * not get this worker's code. The tab is the site tab that asked to unlock
 * (its inline button), else the site tab in front when the vault opened;
 * if neither, the tab in front when the fill is asked. Fills run one at a
 * time, and the one that gets a code locks the vault before the code exists
 * (see FillDeps.claim), so a second request finds it locked.
 */
export interface KioskFills {
  /** A site tab's button asked to unlock: that tab is the one to fill. */
  askedToUnlock(tab: Tab | undefined): Promise<void>;
  /** The vault opened: picks the tab to fill and tells only that tab. */
  unlocked(policy: KioskPolicy): Promise<void>;
  /** The vault locked: no tab is waiting for this unlock any more. */
  locked(): Promise<void>;
  /** Runs `fill` for `tab` after every earlier fill, or answers 'locked' for a tab that is not the one. */
  fill(tab: Tab | undefined, fill: () => Promise<FillAnswer>): Promise<FillAnswer>;
}

/** Kiosk fills, with their state in storage.session (the service worker may sleep between unlock and fill). */
export function createKioskFills(): KioskFills {
  let queue: Promise<unknown> = Promise.resolve();
  const serialise = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    async askedToUnlock(tab) {
      if (tab?.id !== undefined) await browser.storage.session.set({ [ASKED_KEY]: tab.id });
    },
    async unlocked(policy) {
      const target = (await askingTab()) ?? (await frontSiteTab(policy));
      await browser.storage.session.remove(ASKED_KEY);
      if (target === undefined) {
        await browser.storage.session.remove(TARGET_KEY);
        // No tab chosen yet: only a tab in front may ask (see isTheTab).
        for (const tab of await browser.tabs.query({ active: true }))
          if (isAllowedTab(policy, tab)) tell(tab.id);
        return;
      }
      await browser.storage.session.set({ [TARGET_KEY]: target });
      tell(target);
    },
    async locked() {
      await browser.storage.session.remove(TARGET_KEY);
    },
    fill(tab, fill) {
      return serialise(async () =>
        (await isTheTab(tab)) ? fill() : ({ status: 'locked' } as const),
      );
    },
  };
}

/** Is `tab` the one this unlock fills? */
async function isTheTab(tab: Tab | undefined): Promise<boolean> {
  if (tab?.id === undefined) return false;
  const target = (await browser.storage.session.get(TARGET_KEY))[TARGET_KEY];
  return typeof target === 'number' ? target === tab.id : tab.active;
}

/** The tab that asked to unlock, if it is still open. */
async function askingTab(): Promise<number | undefined> {
  const asked = (await browser.storage.session.get(ASKED_KEY))[ASKED_KEY];
  if (typeof asked !== 'number') return undefined;
  // Closed since it asked: no tab to fill.
  return (await browser.tabs.query({})).find((tab) => tab.id === asked)?.id;
}

/** The allowed-site tab in front of the window the worker used, if that is one. */
async function frontSiteTab(policy: KioskPolicy): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab && isAllowedTab(policy, tab) ? tab.id : undefined;
}

function isAllowedTab(policy: KioskPolicy, tab: Tab): boolean {
  const origin = parseSecureOrigin(tab.url ?? '');
  return origin !== undefined && policy.allowedSites.includes(origin);
}

function tell(tabId: number | undefined): void {
  if (tabId !== undefined) sendToTab(tabId, 'vault:unlocked');
}

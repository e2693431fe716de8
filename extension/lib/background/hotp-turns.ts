import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';

/**
 * One HOTP code per page load, counted here as well as in the content
 * script. A load is the sender's document (Chrome gives each load its own
 * id); without one (Firefox), the tab, forgotten when the tab loads again.
 */
export function createHotpTurns(): { take: (sender: Browser.runtime.MessageSender) => boolean } {
  const taken = new Set<string>();
  const tabKey = (tabId: number) => `tab:${tabId}`;
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') taken.delete(tabKey(tabId));
  });
  browser.tabs.onRemoved.addListener((tabId) => taken.delete(tabKey(tabId)));
  return {
    take: (sender) => {
      const key = sender.documentId ?? tabKey(sender.tab?.id ?? -1);
      if (taken.has(key)) return false;
      taken.add(key);
      return true;
    },
  };
}

import type { Browser } from 'wxt/browser';

/** A tab as the browser describes it, for unit tests of senders and tab events. */
export function fakeTab(id: number, url?: string): Browser.tabs.Tab & { id: number } {
  return {
    id,
    windowId: 1,
    ...(url === undefined ? {} : { url }),
    index: 0,
    active: true,
    pinned: false,
    highlighted: true,
    incognito: false,
    selected: true,
    discarded: false,
    autoDiscardable: true,
    groupId: -1,
    frozen: false,
    lastAccessed: 0,
  };
}

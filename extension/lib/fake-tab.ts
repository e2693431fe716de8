/** A tab as the browser describes it, for unit tests of senders and tab events. */
export function fakeTab(id: number, url = 'https://www.c-point.be/') {
  return {
    id,
    windowId: 1,
    url,
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

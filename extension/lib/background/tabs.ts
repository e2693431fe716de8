import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import { originPattern, siteProfiles } from '../../../core/sites/index.ts';
import { findLinkedOrigins } from '../linked-origins.ts';
import { sendToTab } from '../protocol.ts';
import type { TabEvent } from '../protocol.ts';

/** Tells the site tabs (the two sites and the linked ones) what changed, so a waiting field gets its code. */
export async function notifySiteTabs(event: TabEvent): Promise<void> {
  const linked = findLinkedOrigins((await browser.permissions.getAll()).origins ?? []);
  const origins = [...siteProfiles.map((profile) => profile.origin), ...linked];
  const tabs = await browser.tabs.query({ url: origins.map(originPattern) });
  for (const tab of tabs) if (tab.id !== undefined) sendToTab(tab.id, event);
}

/**
 * Opens the popup to unlock; a small window where the browser can't open
 * the popup from here (Chrome only in a focused window, Firefox only on a
 * user gesture). The window closes itself once unlocked.
 */
export async function openUnlock(tab: Browser.tabs.Tab | undefined): Promise<void> {
  try {
    await browser.action.openPopup(
      tab?.windowId === undefined ? undefined : { windowId: tab.windowId },
    );
  } catch (error) {
    console.warn('Havencode: the popup cannot open here, opening a window instead', error);
    await browser.windows.create({
      url: browser.runtime.getURL('/popup.html?unlock'),
      type: 'popup',
      width: 420,
      height: 640,
    });
  }
}

/** The QR codes visible in the active web tab (activeTab is granted by the user's click). */
export async function scanActiveTab(
  decode: (images: string[]) => Promise<string[]>,
): Promise<string[]> {
  const own = browser.runtime.getURL('/');
  const [tab] = (await browser.tabs.query({ active: true }))
    .filter((candidate) => !(candidate.url ?? '').startsWith(own))
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  if (tab?.windowId === undefined) return [];
  const image = await browser.tabs.captureVisibleTab(tab.windowId, { format: 'png' });
  return decode([image]);
}

import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import { parseAccountUris } from '../../../core/uri/index.ts';
import { decodeImageUrl } from '../decode-image.ts';
import type { ContentRequest, EnrolAnswer, PageRequest, ScanAnswer } from '../messages.ts';
import { watchSession } from '../session-store.ts';
import { siteClockOffset } from './clock-skew.ts';
import { accountsForUrl, answerFillRequest } from './fill-service.ts';
import { contentSenderUrl, isExtensionPage, isKnownSite } from './senders.ts';
import { createVaultHolder } from './vault-holder.ts';

/** Lock after this much system idle time unless the vault's settings say otherwise. */
const DEFAULT_IDLE_SECONDS = 300;

/** Wires the background: messages, idle lock, session changes. Called once per service-worker start. */
export function startBackground(): void {
  const holder = createVaultHolder();

  // webextension-polyfill's contract: a listener answers by returning a Promise.
  browser.runtime.onMessage.addListener(
    // eslint-disable-next-line @typescript-eslint/no-misused-promises
    (message: unknown, sender: Browser.runtime.MessageSender) => {
      if (isExtensionPage(sender)) return handlePageRequest(message as PageRequest);
      const url = contentSenderUrl(sender);
      if (url !== undefined)
        return handleContentRequest(message as ContentRequest, url, sender.tab);
      return undefined;
    },
  );

  async function handleContentRequest(
    request: ContentRequest,
    url: string,
    tab: Browser.tabs.Tab | undefined,
  ) {
    switch (request.type) {
      case 'fill:request':
        return answerFillRequest(url, {
          session: await holder.current(),
          clockOffset: siteClockOffset,
          now: Date.now,
        });
      case 'fill:done':
        return undefined;
      case 'enrol:add':
        return isKnownSite(url) ? enrolFromPage(request.images) : undefined;
      case 'unlock:open':
        return openUnlock(tab);
      case 'registration:remove':
        return isKnownSite(url) ? removeRegistration(url) : undefined;
    }
  }

  async function handlePageRequest(request: PageRequest): Promise<ScanAnswer | undefined> {
    switch (request.type) {
      case 'scan:tab':
        return { texts: await scanActiveTab() };
      case 'lock':
        await holder.lock();
        return undefined;
    }
  }

  async function enrolFromPage(images: string[]): Promise<EnrolAnswer> {
    const session = await holder.current();
    if (!session) return { status: 'locked' };
    const texts = (await Promise.all(images.slice(0, 8).map(decodeImageUrl))).flat();
    const uris = texts.filter((text) => /^otpauth(-migration)?:/i.test(text));
    if (uris.length === 0) return { status: 'no-code' };
    const { added, duplicates } = await session.addAccounts(
      uris.flatMap((uri) => parseAccountUris(uri)),
    );
    return { status: 'ok', added: added.length, duplicates: duplicates.length };
  }

  async function removeRegistration(url: string): Promise<number> {
    const session = await holder.current();
    if (!session) return 0;
    const records = await accountsForUrl(session, url);
    for (const record of records) await session.deleteAccount(record.id);
    return records.length;
  }

  watchSession((unlocked) => {
    if (!unlocked) holder.forget();
    else void notifySiteTabs();
  });

  browser.idle.setDetectionInterval(DEFAULT_IDLE_SECONDS);
  void holder.current().then((session) => {
    const seconds = session?.settings.peek().autoLockSeconds;
    if (seconds) browser.idle.setDetectionInterval(Math.max(15, seconds));
  });
  browser.idle.onStateChanged.addListener((state) => {
    if (state !== 'active') void holder.lock();
  });
}

/** Tells the site tabs that the vault is open, so a waiting field gets its code. */
async function notifySiteTabs(): Promise<void> {
  const tabs = await browser.tabs.query({
    url: ['https://my.cepa.be/*', 'https://www.c-point.be/*'],
  });
  for (const tab of tabs) {
    // A tab still loading has no content script yet; it asks by itself once it runs.
    if (tab.id !== undefined)
      void browser.tabs.sendMessage(tab.id, { type: 'vault:unlocked' }).catch(() => undefined);
  }
}

/** Opens the popup to unlock; a small window where the browser can't open the popup from here. */
async function openUnlock(tab: Browser.tabs.Tab | undefined): Promise<void> {
  try {
    await browser.action.openPopup(
      tab?.windowId === undefined ? undefined : { windowId: tab.windowId },
    );
  } catch {
    // Chrome opens the popup only in a focused window, Firefox only on a user gesture.
    await browser.windows.create({
      url: browser.runtime.getURL('/popup.html'),
      type: 'popup',
      width: 420,
      height: 640,
    });
  }
}

/** The QR codes visible in the active web tab (activeTab is granted by the user's click). */
async function scanActiveTab(): Promise<string[]> {
  const tabs = await browser.tabs.query({ active: true });
  const own = browser.runtime.getURL('/');
  const tab = tabs
    .filter((candidate) => !(candidate.url ?? '').startsWith(own))
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  if (tab?.windowId === undefined) return [];
  const image = await browser.tabs.captureVisibleTab(tab.windowId, { format: 'png' });
  return decodeImageUrl(image);
}

import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import type { KioskPolicy } from '../../../core/kiosk/policy.ts';
import { parseSecureOrigin } from '../../../core/sites/index.ts';
import type { ContentRequest, PageRequest } from '../messages.ts';
import { watchSession } from '../session-store.ts';
import { noteBrowserStart, readKioskPolicy, watchKioskPolicy } from '../kiosk-policy.ts';
import { loadSettings } from '../settings-store.ts';
import { siteClockOffset } from './clock-skew.ts';
import { clearClipboardLater, decodeImages } from './document-tasks.ts';
import {
  answerQuestion,
  confirmInWindow,
  readQuestion,
  watchConfirmWindows,
} from './confirm-window.ts';
import {
  enrolFromImages,
  findRegisteredAccount,
  holdsAccountQr,
  removeRegisteredAccount,
} from './enrol-service.ts';
import { readPageImages } from './page-image-urls.ts';
import { answerFillRequest } from './fill-service.ts';
import { createHotpTurns } from './hotp-turns.ts';
import { startIdleLock } from './idle-lock.ts';
import { createKioskFills } from './kiosk-fill.ts';
import { startKioskLock } from './kiosk-lock.ts';
import { startKioskTabClose } from './kiosk-tab-close.ts';
import { startLinkedScripts } from './linked-scripts.ts';
import { readStepNote, saveStepNote } from './step-notes.ts';
import { contentSenderUrl, isExtensionPage, isKnownSite } from './senders.ts';
import { notifySiteTabs, openUnlock, scanActiveTab } from './tabs.ts';
import { createVaultHolder } from './vault-holder.ts';

/** Wires the background: messages, idle lock, session changes. Called once per service-worker start. */
export function startBackground(): void {
  const holder = createVaultHolder();
  // Popups wait for the managed policy for a while after the browser starts (see readSettledPolicy).
  void noteBrowserStart();
  browser.runtime.onStartup.addListener(() => void noteBrowserStart());
  startLinkedScripts();
  watchConfirmWindows();
  const hotpTurns = createHotpTurns();
  let policy = readKioskPolicy();
  watchKioskPolicy((next) => {
    policy = Promise.resolve(next);
  });
  const kioskLock = startKioskLock(
    () => policy,
    () => holder.lock(),
  );
  const kioskFills = createKioskFills();
  startKioskTabClose(
    () => policy,
    () => holder.lock(),
  );
  const idle = startIdleLock(
    async () => (await holder.current())?.settings.peek().autoLockSeconds ?? 0,
    () => holder.lock(),
  );

  // webextension-polyfill's contract: a listener answers by returning a Promise.
  browser.runtime.onMessage.addListener(
    // eslint-disable-next-line @typescript-eslint/no-misused-promises
    (message: unknown, sender: Browser.runtime.MessageSender) => {
      if (isExtensionPage(sender)) return handlePageRequest(message as PageRequest);
      const url = contentSenderUrl(sender);
      if (url !== undefined) return handleContentRequest(message as ContentRequest, url, sender);
      return undefined;
    },
  );

  async function handleContentRequest(
    request: ContentRequest,
    url: string,
    sender: Browser.runtime.MessageSender,
  ) {
    const kiosk = await policy;
    if (kiosk.kiosk && !isAllowedSite(kiosk, url)) return undefined;
    switch (request.type) {
      case 'fill:request': {
        const fill = (claim?: () => Promise<void>) =>
          fillFor(url, sender.tab, request.auto, () => hotpTurns.take(sender), claim);
        if (!kiosk.kiosk) return fill();
        // Kiosk: one tab, one fill at a time; the vault locks before the code
        // exists — the code is in the field, the next worker may be next in line.
        return kioskFills.fill(sender.tab, () => fill(() => holder.lock()));
      }
      case 'unlock:open':
        if (kiosk.kiosk) await kioskFills.askedToUnlock(sender.tab);
        return openUnlock(sender.tab);
      case 'step:note':
        return sender.tab?.id === undefined
          ? undefined
          : saveStepNote(sender.tab.id, new URL(url).origin, request.note);
    }
    const session = await holder.current();
    // The rest changes the vault: only the known sites' own pages may ask.
    if (!isKnownSite(url)) return undefined;
    switch (request.type) {
      case 'enrol:add': {
        const images = await readPageImages(request.images, new URL(url).origin);
        const answer = await enrolFromImages(session, url, images, {
          decode: decodeImages,
          clockOffset: siteClockOffset,
          now: Date.now,
          confirm: confirmInWindow,
        });
        if (kiosk.kiosk && answer.status === 'ok' && answer.code !== undefined) await holder.lock();
        return answer;
      }
      case 'qr:check':
        return {
          otpauth: await holdsAccountQr(
            await readPageImages(request.images, new URL(url).origin),
            decodeImages,
          ),
        };
      case 'registration:check':
        return (await findRegisteredAccount(session, url, request.pageText)) !== undefined;
      case 'registration:remove':
        return removeRegisteredAccount(session, url, request.pageText, confirmInWindow);
    }
  }

  async function fillFor(
    url: string,
    tab: Browser.tabs.Tab | undefined,
    auto: boolean,
    takeHotpTurn: () => boolean,
    claim?: () => Promise<void>,
  ) {
    const session = await holder.current();
    if (session && auto && !(await loadSettings()).autoFill) return { status: 'manual' } as const;
    return answerFillRequest(url, {
      session,
      clockOffset: siteClockOffset,
      now: Date.now,
      auto,
      takeHotpTurn,
      step: tab?.id === undefined ? {} : await readStepNote(tab.id, new URL(url).origin),
      ...(claim === undefined ? {} : { claim }),
    });
  }

  async function handlePageRequest(request: PageRequest) {
    switch (request.type) {
      case 'scan:tab':
        return { texts: await scanActiveTab(decodeImages) };
      case 'lock':
        return holder.lock();
      case 'settings:changed':
        // The vault's settings are read when the session is resumed: resume afresh.
        holder.forget();
        return idle.apply();
      case 'clipboard:clear-later':
        return clearClipboardLater(request.afterMs);
      case 'accounts:added':
        return notifySiteTabs({ type: 'accounts:added' });
      case 'activity':
        return kioskLock.touch();
      case 'confirm:get':
        return readQuestion(request.id) ?? null;
      case 'confirm:answer':
        return answerQuestion(request.id, request.yes);
    }
  }

  watchSession((unlocked) => {
    holder.forget();
    if (unlocked)
      void Promise.all([idle.apply(), kioskLock.touch(), policy]).then(([, , current]) =>
        current.kiosk ? kioskFills.unlocked(current) : notifySiteTabs({ type: 'vault:unlocked' }),
      );
    else void Promise.all([kioskLock.clear(), kioskFills.locked()]);
  });
}

/** Kiosk mode fills only on the sites the administrator allowed (exact origins). */
function isAllowedSite(policy: KioskPolicy, url: string): boolean {
  const origin = parseSecureOrigin(url);
  return origin !== undefined && policy.allowedSites.includes(origin);
}

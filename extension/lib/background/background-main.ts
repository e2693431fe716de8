import { browser } from 'wxt/browser';
import { contextWords } from '../../../core/autofill/index.ts';
import { findSiteProfile } from '../../../core/sites/index.ts';
import { pickLanguage, translate } from '../../../core/i18n/index.ts';
import type { Language } from '../../../core/i18n/index.ts';
import { inlineLook } from '../content/inline-look.ts';
import { handle } from '../protocol-handle.ts';
import type { Handlers } from '../protocol-handle.ts';
import type { MessageSender } from '../protocol.ts';
import type { ContentStrings } from '../protocol-types.ts';
import { startLockTimer } from '../../../core/app/lock-timer.ts';
import { sessionKeeper } from '../session-store.ts';
import { noteBrowserStart, readKioskPolicy, watchKioskPolicy } from '../kiosk-policy.ts';
import { extensionSettingsStore, loadSettings } from '../settings-store.ts';
import { siteClockOffset } from './clock-skew.ts';
import { clearClipboardLater, decodeImages, prepareDecoder } from './document-tasks.ts';
import {
  answerQuestion,
  chooseInWindow,
  confirmInWindow,
  readQuestion,
  watchConfirmWindows,
} from './confirm-window.ts';
import {
  enrolFromImages,
  enrolFromKey,
  findRegisteredAccount,
  holdsAccountQr,
  removeRegisteredAccount,
} from './enrol-service.ts';
import { readPageImages } from './page-image-urls.ts';
import { answerFillRequest } from './fill-service.ts';
import { createHotpTurns } from './hotp-turns.ts';
import { browserIdleSource } from './idle-lock.ts';
import { createKioskFills } from './kiosk-fill.ts';
import { startKioskLock } from './kiosk-lock.ts';
import type { KioskLock } from './kiosk-lock.ts';
import { createKioskRules } from './kiosk-rules.ts';
import { startKioskTabClose } from './kiosk-tab-close.ts';
import { startLinkedScripts } from './linked-scripts.ts';
import { readStepNote, saveStepNote } from './step-notes.ts';
import { createUsedCodes } from './used-codes.ts';
import type { UsedCodes } from './used-codes.ts';
import { notifySiteTabs, openUnlock, scanActiveTab } from './tabs.ts';
import { createVaultHolder } from './vault-holder.ts';
import type { VaultHolder } from './vault-holder.ts';

/** Wires the background: messages, idle lock, session changes. Called once per service-worker start. */
export function startBackground(): void {
  const holder = createVaultHolder();
  // Popups wait for the managed policy for a while after the browser starts (see readSettledPolicy).
  void noteBrowserStart();
  browser.runtime.onStartup.addListener(() => void noteBrowserStart());
  startLinkedScripts();
  watchConfirmWindows();
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
  // Settings saved in any context reach the idle lock through the settings store.
  const idle = startLockTimer({
    idle: browserIdleSource,
    store: extensionSettingsStore,
    autoLockSeconds: async () => (await holder.current())?.settings.peek().autoLockSeconds ?? 0,
    lock: () => holder.lock(),
    // The vault's settings are read when the session is resumed: resume afresh.
    onSettingsChange: () => holder.forget(),
  });

  handle(
    createBackgroundHandlers({
      holder,
      kioskLock,
      takeHotpTurn: createHotpTurns().take,
      usedCodes: createUsedCodes(),
      decode: decodeImages,
      prepareDecoder,
      clearClipboardLater,
    }),
    createKioskRules({ policy: () => policy, fills: kioskFills, lock: () => holder.lock() }),
  );

  sessionKeeper.watch((unlocked) => {
    holder.forget();
    if (unlocked)
      void Promise.all([idle.apply(), kioskLock.touch(), policy]).then(([, , current]) =>
        current.kiosk ? kioskFills.unlocked(current) : notifySiteTabs('vault:unlocked'),
      );
    else void Promise.all([kioskLock.clear(), kioskFills.locked()]);
  });
}

/** What the background's handlers work with (tests plug in fakes). */
export interface BackgroundDeps {
  holder: VaultHolder;
  /** The codes given and used per tab and origin: the code just used is not filled again. */
  usedCodes: UsedCodes;
  kioskLock: Pick<KioskLock, 'touch'>;
  /** True the first time this sender's page load takes an HOTP code. */
  takeHotpTurn: (sender: MessageSender) => boolean;
  decode: (images: string[]) => Promise<string[]>;
  /** Readies `decode` ahead of a site page's first QR code. */
  prepareDecoder: () => Promise<void>;
  clearClipboardLater: (afterMs: number) => Promise<void>;
}

/** The background's side of the message table (protocol.ts): one handler per message. */
export function createBackgroundHandlers(
  deps: BackgroundDeps,
): Handlers<'known-site' | 'any-site' | 'page'> {
  const { holder } = deps;
  const originOf = (url: string) => new URL(url).origin;
  const pageImages = (images: string[], url: string) => readPageImages(images, originOf(url));
  return {
    'fill:request': async ({ auto }, sender, { claim }) => {
      const session = await holder.current();
      if (session && auto && !(await loadSettings()).autoFill) return { status: 'manual' };
      const tabId = sender.tab?.id;
      return answerFillRequest(sender.url, {
        session,
        clockOffset: siteClockOffset,
        now: Date.now,
        auto,
        takeHotpTurn: () => deps.takeHotpTurn(sender.browser),
        step: tabId === undefined ? {} : await readStepNote(tabId, originOf(sender.url)),
        nextCodeNote: async (seconds) =>
          translate(await userLanguage(navigator.languages), 'inline.nextCode', { seconds }),
        choose: (site, accounts) => chooseInWindow({ kind: 'choose', site, accounts }),
        ...(tabId === undefined ? {} : { used: deps.usedCodes.at(tabId, originOf(sender.url)) }),
        ...(claim === undefined ? {} : { claim }),
      });
    },
    'unlock:open': async (_request, sender) => {
      await openUnlock(sender.tab);
      return true;
    },
    'code:submitted': ({ code }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId !== undefined) deps.usedCodes.at(tabId, originOf(sender.url)).submitted(code);
      return Promise.resolve(true);
    },
    'step:note': async ({ note }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId !== undefined) await saveStepNote(tabId, originOf(sender.url), note);
      return true;
    },
    'page:setup': async ({ languages }, sender) => {
      const language = await userLanguage(languages);
      const say = (key: keyof ContentStrings) => translate(language, key);
      const strings = {
        'inline.fill': say('inline.fill'),
        'inline.enrol': say('inline.enrol'),
        'inline.enrolled': say('inline.enrolled'),
        'inline.choose': say('inline.choose'),
        'inline.noCode': say('inline.noCode'),
      };
      const profile = findSiteProfile(sender.url);
      // MyCepa and C-point show enrolment QR codes: have the decoder ready before one appears.
      if (profile !== undefined)
        void deps.prepareDecoder().catch((error: unknown) => {
          // The first decode tries again; only the head start is lost.
          console.warn('Havencode: the QR decoder could not be readied', error);
        });
      return { strings, profile: profile ?? null, contextWords, look: inlineLook };
    },
    'enrol:add': async ({ images }, sender) => {
      const answer = await enrolFromImages(
        await holder.current(),
        sender.url,
        await pageImages(images, sender.url),
        {
          decode: deps.decode,
          clockOffset: siteClockOffset,
          now: Date.now,
          confirm: confirmInWindow,
        },
      );
      const tabId = sender.tab?.id;
      if (answer.status === 'ok' && answer.code !== undefined && tabId !== undefined)
        deps.usedCodes.at(tabId, originOf(sender.url)).gave(answer.code);
      return answer;
    },
    'enrol:key': async ({ key }, sender) => {
      const tabId = sender.tab?.id;
      const origin = originOf(sender.url);
      const username =
        tabId === undefined ? undefined : (await readStepNote(tabId, origin)).username;
      const answer = await enrolFromKey(await holder.current(), sender.url, key, username, {
        clockOffset: siteClockOffset,
        now: Date.now,
        confirm: confirmInWindow,
      });
      if (answer.status === 'ok' && answer.code !== undefined && tabId !== undefined)
        deps.usedCodes.at(tabId, origin).gave(answer.code);
      return answer;
    },
    'qr:check': async ({ images }, sender) => ({
      otpauth: await holdsAccountQr(await pageImages(images, sender.url), deps.decode),
    }),
    'registration:check': async ({ pageText }, sender) =>
      (await findRegisteredAccount(await holder.current(), sender.url, pageText)) !== undefined,
    'registration:remove': async ({ pageText }, sender) =>
      removeRegisteredAccount(await holder.current(), sender.url, pageText, confirmInWindow),
    'scan:tab': async () => ({ texts: await scanActiveTab(deps.decode) }),
    lock: async () => {
      await holder.lock();
      return true;
    },
    'clipboard:clear-later': async ({ afterMs }) => {
      await deps.clearClipboardLater(afterMs);
      return true;
    },
    'accounts:added': async () => {
      await notifySiteTabs('tab:accounts-added');
      return true;
    },
    activity: async () => {
      await deps.kioskLock.touch();
      return true;
    },
    'confirm:get': ({ id }) => Promise.resolve(readQuestion(id) ?? null),
    'confirm:answer': async ({ id, yes, choice }) => {
      await answerQuestion(id, yes, choice);
      return true;
    },
  };
}

/** The language the user chose in Havencode, else the first of `preferred` we speak. */
async function userLanguage(preferred: readonly string[]): Promise<Language> {
  return (await loadSettings()).language ?? pickLanguage(preferred);
}

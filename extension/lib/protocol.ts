import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import {
  type Fields,
  readBoolean,
  readDelay,
  readLanguages,
  readOptionalIndex,
  readStepNote,
  readString,
  readStrings,
  readFields,
} from './protocol-guards.ts';
import type {
  ConfirmQuestion,
  EnrolAnswer,
  FillAnswer,
  PageSetup,
  QrCheckAnswer,
  ScanAnswer,
  StepNote,
} from './protocol-types.ts';

/**
 * Who may send a message, as the receiver's edge tells from the browser's
 * sender (see background/senders.ts):
 * - `known-site`: our content script in the top frame of MyCepa or C-point;
 * - `any-site`: our content script in the top frame of any https page (a
 *   linked site, or a known one);
 * - `page`: the extension's own pages (popup, options, confirmation window);
 * - `background`: the background, to the offscreen document (Chrome).
 */
export type From = 'known-site' | 'any-site' | 'page' | 'background';

/** Why a message got no answer of its own. */
export type RefusalCode =
  /** The sender may not send this message. */
  | 'message/sender-not-allowed'
  /** Kiosk mode: the administrator did not allow this site. */
  | 'message/site-not-allowed'
  /** The request failed the message's schema. */
  | 'message/invalid-request'
  /** The handler failed; the cause is in the background's console. */
  | 'message/failed';

/** A refused message's answer. */
export type Refusal = { refused: RefusalCode };

/** Names an answer's type in the table (an instantiation expression: nothing runs). */
function answer<T>(value: T): T {
  return value;
}
/** A request with nothing in it. */
const none = (): Record<never, never> => ({});

/**
 * THE message table. Per message: who may send it, how the receiver reads
 * its request (undefined: invalid), and the type of its answer. Every
 * message is answered: with its answer, or with a `Refusal`.
 */
export const protocol = {
  /**
   * `auto`: the field just appeared (honours the auto-fill setting); false:
   * the user clicked Havencode's button (a trusted, visible click), the only
   * way an HOTP code leaves.
   */
  'fill:request': {
    from: 'any-site',
    parse: (m: Fields) => readBoolean(m, 'auto', (auto) => ({ auto })),
    answer: answer<FillAnswer>,
  },
  /** A locked site tab asks for the popup (or a window) to unlock. */
  'unlock:open': { from: 'any-site', parse: none, answer: answer<true> },
  /** The page submitted a form holding this code, which Havencode had filled: it is used. */
  'code:submitted': {
    from: 'any-site',
    parse: (m: Fields) => readString(m, 'code', (code) => ({ code })),
    answer: answer<true>,
  },
  /** What the user chose or typed on a sign-in step, kept for the tab's next step. */
  'step:note': {
    from: 'any-site',
    parse: (m: Fields) => readStepNote(m, 'note', (note: StepNote) => ({ note })),
    answer: answer<true>,
  },
  /**
   * The content script starts: its words in the user's language (`languages`:
   * the page's navigator.languages) and the page's site profile.
   */
  'page:setup': {
    from: 'any-site',
    parse: (m: Fields) => readLanguages(m, 'languages', (languages) => ({ languages })),
    answer: answer<PageSetup>,
  },
  'enrol:add': {
    from: 'known-site',
    parse: (m: Fields) => readStrings(m, 'images', (images) => ({ images })),
    answer: answer<EnrolAnswer>,
  },
  /** Enrol from the page's "can't scan? enter this key" text (base32). */
  'enrol:key': {
    from: 'known-site',
    parse: (m: Fields) => readString(m, 'key', (key) => (key.length <= 256 ? { key } : undefined)),
    answer: answer<EnrolAnswer>,
  },
  /** Does one of these images (one QR code, drawn several ways) hold an otpauth: URI? */
  'qr:check': {
    from: 'known-site',
    parse: (m: Fields) => readStrings(m, 'images', (images) => ({ images })),
    answer: answer<QrCheckAnswer>,
  },
  /** `pageText` tells which account the site's profile page is about. */
  'registration:check': {
    from: 'known-site',
    parse: (m: Fields) => readString(m, 'pageText', (pageText) => ({ pageText })),
    answer: answer<boolean>,
  },
  'registration:remove': {
    from: 'known-site',
    parse: (m: Fields) => readString(m, 'pageText', (pageText) => ({ pageText })),
    answer: answer<boolean>,
  },
  'scan:tab': { from: 'page', parse: none, answer: answer<ScanAnswer> },
  lock: { from: 'page', parse: none, answer: answer<true> },
  'clipboard:clear-later': {
    from: 'page',
    parse: (m: Fields) => readDelay(m, 'afterMs', (afterMs) => ({ afterMs })),
    answer: answer<true>,
  },
  /** A page added accounts: the background tells the site tabs (`tab:accounts-added`). */
  'accounts:added': { from: 'page', parse: none, answer: answer<true> },
  /** Kiosk: the worker is using the popup, so the idle time starts again. */
  activity: { from: 'page', parse: none, answer: answer<true> },
  /** Havencode's confirmation window reads its question (null once answered)... */
  'confirm:get': {
    from: 'page',
    parse: (m: Fields) => readString(m, 'id', (id) => ({ id })),
    answer: answer<ConfirmQuestion | null>,
  },
  /** ...and gives the user's answer (`choice`: the account picked, by its place in the list). */
  'confirm:answer': {
    from: 'page',
    parse: (m: Fields) =>
      readString(m, 'id', (id) =>
        readBoolean(m, 'yes', (yes) =>
          readOptionalIndex(m, 'choice', (choice) =>
            choice === undefined ? { id, yes } : { id, yes, choice },
          ),
        ),
      ),
    answer: answer<true>,
  },
  'offscreen:clear-clipboard': {
    from: 'background',
    parse: (m: Fields) => readDelay(m, 'afterMs', (afterMs) => ({ afterMs })),
    answer: answer<true>,
  },
  /** Answered with the texts of the QR codes in the images. */
  'offscreen:decode': {
    from: 'background',
    parse: (m: Fields) => readStrings(m, 'images', (images) => ({ images })),
    answer: answer<string[]>,
  },
} satisfies Record<
  string,
  { from: From; parse: (m: Fields) => object | undefined; answer: (value: never) => unknown }
>;

/** Every message's name. */
export type MessageType = keyof typeof protocol;
/** The request of message `T` (without its `type`). */
export type RequestOf<T extends MessageType> = Exclude<
  ReturnType<(typeof protocol)[T]['parse']>,
  undefined
>;
/** The answer of message `T` when it is not refused. */
export type AnswerOf<T extends MessageType> = ReturnType<(typeof protocol)[T]['answer']>;
/** The messages `from` may send. */
export type MessageFrom<F extends From> = {
  [T in MessageType]: (typeof protocol)[T]['from'] extends F ? T : never;
}[MessageType];

/** True when an answer is a refusal. */
export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && 'refused' in value;
}

/** Sends message `type` to its receiver (the background or the offscreen document). */
export async function send<T extends MessageType>(
  type: T,
  request: RequestOf<T>,
): Promise<AnswerOf<T> | Refusal> {
  return browser.runtime.sendMessage({ type, ...request });
}

/** For the extension's pages: the answer; a refusal (a bug: pages may send these) is thrown. */
export async function sendOrThrow<T extends MessageType>(
  type: T,
  request: RequestOf<T>,
): Promise<AnswerOf<T>> {
  const answer = await send(type, request);
  if (isRefusal(answer))
    throw new Error(`Havencode: the '${type}' message was refused (${answer.refused})`);
  return answer;
}

/** What the background tells a site tab's content script: the vault opened, or accounts were added. */
export type TabEvent = 'vault:unlocked' | 'tab:accounts-added';

/** Tells one tab's content script (a tab still loading has none yet: it asks by itself once it runs). */
export function sendToTab(tabId: number, event: TabEvent): void {
  void browser.tabs.sendMessage(tabId, { type: event }).catch(() => undefined);
}

/** Runs `then` for each event the background tells this tab. */
export function onTabEvent(then: (event: TabEvent) => void): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    const type = readFields(message)?.type;
    if (type === 'vault:unlocked' || type === 'tab:accounts-added') then(type);
    return undefined;
  });
}

/** The browser's description of a message's sender. */
export type MessageSender = Browser.runtime.MessageSender;

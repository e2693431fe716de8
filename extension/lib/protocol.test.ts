import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Browser } from 'wxt/browser';
import { contextWords } from '../../core/autofill/index.ts';
import { translate } from '../../core/i18n/index.ts';
import { siteProfiles } from '../../core/sites/index.ts';
import { createBackgroundHandlers } from './background/background-main.ts';
import { inlineLook } from './content/inline-look.ts';
import type { BackgroundDeps } from './background/background-main.ts';
import { offscreenHandlers } from './offscreen/offscreen-main.ts';
import { protocol } from './protocol.ts';
import type { AnswerOf, From, MessageType, RequestOf } from './protocol.ts';
import { fakeTab } from './fake-tab.ts';
import { createListener } from './protocol-handle.ts';
import { createUsedCodes } from './background/used-codes.ts';

type MessageSender = Browser.runtime.MessageSender;

const tab = (url: string) => fakeTab(5, url);
const content = (url: string, frameId = 0): MessageSender => ({
  id: fakeBrowser.runtime.id,
  url,
  tab: tab(url),
  frameId,
});

/** Every kind of sender, and what the table calls it. */
const senders: Record<string, { sender: MessageSender; kinds: From[] }> = {
  'content script on C-point': {
    sender: content('https://www.c-point.be/login'),
    kinds: ['known-site', 'any-site'],
  },
  'content script on MyCepa': {
    sender: content('https://my.cepa.be/'),
    kinds: ['known-site', 'any-site'],
  },
  'content script on a linked site': {
    sender: content('https://login.example.org/otp'),
    kinds: ['any-site'],
  },
  'content script in a frame': { sender: content('https://my.cepa.be/', 3), kinds: [] },
  'content script over http': { sender: content('http://my.cepa.be/'), kinds: [] },
  'content script on a look-alike': {
    sender: content('https://my-cepa.be/'),
    kinds: ['any-site'],
  },
  popup: {
    sender: { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') },
    kinds: ['page'],
  },
  'popup opened as a tab': {
    sender: {
      id: fakeBrowser.runtime.id,
      url: fakeBrowser.runtime.getURL('/popup.html?unlock'),
      tab: tab(fakeBrowser.runtime.getURL('/popup.html?unlock')),
      frameId: 0,
    },
    kinds: ['page'],
  },
  background: {
    sender: { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/background.js') },
    kinds: ['background'],
  },
  'another extension': {
    sender: { id: 'someone-else', url: 'chrome-extension://someone-else/popup.html' },
    kinds: [],
  },
};

/** Per message: a valid request and the answer while the vault is locked (for this sender, when it depends on it). */
const cases: {
  [T in MessageType]: {
    request: RequestOf<T>;
    answer: AnswerOf<T> | ((sender: MessageSender) => AnswerOf<T>);
  };
} = {
  'fill:request': { request: { auto: true }, answer: { status: 'locked' } },
  'unlock:open': { request: {}, answer: true },
  'step:note': { request: { note: { method: 'app', username: 'w123' } }, answer: true },
  'code:submitted': { request: { code: '123456' }, answer: true },
  'page:setup': {
    request: { languages: ['fr-BE', 'nl'] },
    // The profile of the sender's own origin: none on a linked site or a look-alike.
    answer: (sender) => ({
      strings: {
        'inline.fill': translate('fr', 'inline.fill'),
        'inline.enrol': translate('fr', 'inline.enrol'),
        'inline.enrolled': translate('fr', 'inline.enrolled'),
        'inline.choose': translate('fr', 'inline.choose'),
        'inline.noCode': translate('fr', 'inline.noCode'),
      },
      profile: siteProfiles.find(({ origin }) => sender.url?.startsWith(`${origin}/`)) ?? null,
      contextWords,
      look: inlineLook,
    }),
  },
  'enrol:add': { request: { images: [] }, answer: { status: 'locked' } },
  'enrol:key': { request: { key: 'JBSWY3DPEHPK3PXP' }, answer: { status: 'locked' } },
  'qr:check': { request: { images: ['data:image/png;base64,AAAA'] }, answer: { otpauth: true } },
  'registration:check': { request: { pageText: 'Mijn Profiel' }, answer: false },
  'registration:remove': { request: { pageText: 'Mijn Profiel' }, answer: false },
  'scan:tab': { request: {}, answer: { texts: ['otpauth://totp/C-point:w1?secret=JBSWY3DP'] } },
  lock: { request: {}, answer: true },
  'clipboard:clear-later': { request: { afterMs: 10_000 }, answer: true },
  'accounts:added': { request: {}, answer: true },
  activity: { request: {}, answer: true },
  'confirm:get': { request: { id: 'nobody-asked' }, answer: null },
  'confirm:answer': { request: { id: 'nobody-asked', yes: true, choice: 1 }, answer: true },
  'offscreen:clear-clipboard': { request: { afterMs: 10_000 }, answer: true },
  'offscreen:decode': { request: { images: [] }, answer: [] },
};

function fakeDeps() {
  return {
    holder: { current: () => Promise.resolve(undefined), lock: vi.fn(), forget: vi.fn() },
    usedCodes: createUsedCodes(),
    kioskLock: { touch: vi.fn(() => Promise.resolve()) },
    takeHotpTurn: () => true,
    decode: vi.fn(() => Promise.resolve(['otpauth://totp/C-point:w1?secret=JBSWY3DP'])),
    prepareDecoder: vi.fn(() => Promise.resolve()),
    clearClipboardLater: vi.fn(() => Promise.resolve()),
  } satisfies BackgroundDeps;
}

/** The listener that receives `type`: the offscreen document's or the background's. */
function listenerFor(type: MessageType, deps = fakeDeps()) {
  return protocol[type].from === 'background'
    ? createListener<'background'>(offscreenHandlers)
    : createListener(createBackgroundHandlers(deps));
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  // What the fake browser leaves to the test: no popup here, a site tab in front, a screenshot, granted origins.
  vi.spyOn(fakeBrowser.action, 'openPopup').mockResolvedValue(undefined);
  const front = { id: 5, windowId: 1, url: 'https://www.c-point.be/qr', index: 0 };
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
    { ...front, active: true, pinned: false, highlighted: true, incognito: false },
  ]);
  vi.spyOn(fakeBrowser.tabs, 'captureVisibleTab').mockResolvedValue('data:image/png;base64,AAAA');
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({ origins: [] });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const messageTypes = Object.keys(cases).filter((type): type is MessageType => type in protocol);

describe('the message table', () => {
  it('has a test case for every message', () => {
    expect(messageTypes.sort()).toEqual(Object.keys(protocol).sort());
  });

  describe.each(messageTypes)('%s', (type) => {
    const { request, answer } = cases[type];
    const rule = protocol[type];
    it.each(Object.entries(senders))('from the %s', async (_name, { sender, kinds }) => {
      const got = await listenerFor(type)({ type, ...request }, sender);
      if (kinds.includes(rule.from))
        expect(got).toEqual(typeof answer === 'function' ? answer(sender) : answer);
      else expect(got).toEqual({ refused: 'message/sender-not-allowed' });
    });
  });

  it.each([
    ['fill:request', { auto: 'yes' }],
    ['step:note', { note: { method: 'sms' } }],
    ['page:setup', { languages: 'nl' }],
    ['enrol:add', { images: [42] }],
    ['registration:remove', {}],
    ['clipboard:clear-later', { afterMs: -1 }],
    ['clipboard:clear-later', { afterMs: 1e12 }],
    ['confirm:answer', { id: 'x' }],
    ['offscreen:decode', { images: 'data:' }],
  ] as const)('refuses %s with %j as invalid', async (type, request) => {
    const sender = Object.values(senders).find(({ kinds }) => kinds.includes(protocol[type].from));
    const got = await listenerFor(type)({ type, ...request }, sender!.sender);
    expect(got).toEqual({ refused: 'message/invalid-request' });
  });

  it('leaves alone what is not its to answer', () => {
    const { sender } = senders.popup!;
    const background = listenerFor('lock');
    const offscreen = listenerFor('offscreen:decode');
    expect(background({ type: 'offscreen:decode', images: [] }, sender)).toBeUndefined();
    expect(offscreen({ type: 'lock' }, sender)).toBeUndefined();
    expect(background({ type: 'toString' }, sender)).toBeUndefined();
    expect(background('lock', sender)).toBeUndefined();
    expect(background(null, sender)).toBeUndefined();
  });

  it('answers a failing handler with a refusal, never undefined', async () => {
    const deps = fakeDeps();
    deps.decode.mockRejectedValue(new Error('decoder crashed'));
    const error = vi.spyOn(console, 'error').mockReturnValue(undefined);
    const got = await listenerFor('scan:tab', deps)({ type: 'scan:tab' }, senders.popup!.sender);
    expect(got).toEqual({ refused: 'message/failed' });
    expect(error).toHaveBeenCalledOnce();
  });

  it('readies the QR decoder when a MyCepa or C-point page is set up, not on a linked site', async () => {
    const deps = fakeDeps();
    const listen = listenerFor('page:setup', deps);
    const setup = { type: 'page:setup', languages: ['nl'] };
    await listen(setup, senders['content script on a linked site']!.sender);
    expect(deps.prepareDecoder).not.toHaveBeenCalled();
    await listen(setup, senders['content script on MyCepa']!.sender);
    expect(deps.prepareDecoder).toHaveBeenCalledOnce();
  });

  it('hands the handlers what the message asked', async () => {
    const deps = fakeDeps();
    const listen = listenerFor('lock', deps);
    const { sender } = senders.popup!;
    await listen({ type: 'clipboard:clear-later', afterMs: 5000, extra: 'dropped' }, sender);
    await listen({ type: 'lock' }, sender);
    expect(deps.clearClipboardLater).toHaveBeenCalledWith(5000);
    expect(deps.holder.lock).toHaveBeenCalledOnce();
  });
});

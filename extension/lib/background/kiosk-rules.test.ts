import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Browser } from 'wxt/browser';
import { contextWords } from '../../../core/autofill/index.ts';
import { PERSONAL_POLICY } from '../../../core/kiosk/policy.ts';
import type { KioskPolicy } from '../../../core/kiosk/policy.ts';
import { fakeTab } from '../fake-tab.ts';
import { createListener } from '../protocol-handle.ts';
import type { CallOptions, Handlers } from '../protocol-handle.ts';
import type { FillAnswer } from '../protocol-types.ts';
import { createKioskRules } from './kiosk-rules.ts';

const KIOSK: KioskPolicy = {
  ...PERSONAL_POLICY,
  kiosk: true,
  allowedSites: ['https://www.c-point.be'],
};

const content = (url: string): Browser.runtime.MessageSender => ({
  id: fakeBrowser.runtime.id,
  url,
  frameId: 0,
  tab: fakeTab(9, url),
});
const cPoint = content('https://www.c-point.be/login');
const myCepa = content('https://my.cepa.be/');
const linked = content('https://login.example.org/');
const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };

function setUp(policy: KioskPolicy, enrolled: { code: string | undefined } = { code: '123456' }) {
  const order: string[] = [];
  const fill = vi.fn((_request: unknown, _sender: unknown, options: CallOptions) => {
    order.push('fill');
    return Promise.resolve<FillAnswer>({
      status: 'ok',
      code: options.claim ? 'claimed' : 'free',
      username: undefined,
    });
  });
  const handlers: Handlers<'any-site' | 'known-site' | 'page'> = {
    'fill:request': fill,
    'unlock:open': () => (order.push('unlock'), Promise.resolve<true>(true)),
    'step:note': () => Promise.resolve<true>(true),
    'code:submitted': () => Promise.resolve<true>(true),
    'page:setup': () =>
      Promise.resolve({
        strings: {
          'inline.fill': 'f',
          'inline.enrol': 'e',
          'inline.enrolled': 'd',
          'inline.choose': 'e',
          'inline.noCode': 'n',
        },
        profile: null,
        contextWords,
        look: { mark: 'data:image/svg+xml,', hostStyle: '', style: '' },
      }),
    'enrol:add': () =>
      Promise.resolve({ status: 'ok', added: 1, duplicates: 0, code: enrolled.code } as const),
    'enrol:key': () =>
      Promise.resolve({ status: 'ok', added: 1, duplicates: 0, code: enrolled.code } as const),
    'qr:check': () => Promise.resolve({ otpauth: true }),
    'registration:check': () => Promise.resolve(true),
    'registration:remove': () => Promise.resolve(true),
    'scan:tab': () => Promise.resolve({ texts: [] }),
    lock: () => Promise.resolve<true>(true),
    'clipboard:clear-later': () => Promise.resolve<true>(true),
    'accounts:added': () => Promise.resolve<true>(true),
    activity: () => Promise.resolve<true>(true),
    'confirm:get': () => Promise.resolve(null),
    'confirm:answer': () => Promise.resolve<true>(true),
  };
  const lock = vi.fn(() => (order.push('lock'), Promise.resolve()));
  const fills = {
    askedToUnlock: vi.fn(() => (order.push('asked'), Promise.resolve())),
    unlocked: vi.fn(() => Promise.resolve()),
    locked: vi.fn(() => Promise.resolve()),
    fill: vi.fn((_tab: unknown, run: () => Promise<FillAnswer>) => (order.push('queued'), run())),
  };
  const listen = createListener(
    handlers,
    createKioskRules({ policy: () => Promise.resolve(policy), fills, lock }),
  );
  return { listen, order, lock, fills, fill };
}

beforeEach(() => fakeBrowser.reset());

describe('createKioskRules', () => {
  it('changes nothing outside kiosk mode', async () => {
    const { listen, order } = setUp(PERSONAL_POLICY);
    expect(await listen({ type: 'fill:request', auto: true }, linked)).toMatchObject({
      code: 'free',
    });
    await listen({ type: 'unlock:open' }, linked);
    await listen({ type: 'enrol:add', images: [] }, cPoint);
    expect(order).toEqual(['fill', 'unlock']);
  });

  it.each([
    ['fill:request', { auto: true }],
    ['unlock:open', {}],
    ['step:note', { note: {} }],
    ['code:submitted', { code: '123456' }],
    ['page:setup', { languages: [] }],
    ['enrol:add', { images: [] }],
    ['enrol:key', { key: 'JBSWY3DPEHPK3PXP' }],
    ['qr:check', { images: [] }],
    ['registration:check', { pageText: '' }],
    ['registration:remove', { pageText: '' }],
  ])('refuses %s from a site the administrator did not allow', async (type, request) => {
    const { listen, order } = setUp(KIOSK);
    const sender = type === 'fill:request' || type === 'unlock:open' ? linked : myCepa;
    expect(await listen({ type, ...request }, sender)).toEqual({
      refused: 'message/site-not-allowed',
    });
    expect(order).toEqual([]);
  });

  it('hears the extension pages as ever', async () => {
    const { listen } = setUp(KIOSK);
    expect(await listen({ type: 'scan:tab' }, popup)).toEqual({ texts: [] });
  });

  it('queues a fill for the tab and locks before the code exists', async () => {
    const { listen, fills, fill } = setUp(KIOSK);
    expect(await listen({ type: 'fill:request', auto: true }, cPoint)).toMatchObject({
      code: 'claimed',
    });
    expect(fills.fill).toHaveBeenCalledWith(cPoint.tab, expect.any(Function));
    expect(fill.mock.calls[0]?.[2].claim).toBeDefined();
  });

  it('remembers the tab that asked to unlock before opening the popup', async () => {
    const { listen, order, fills } = setUp(KIOSK);
    await listen({ type: 'unlock:open' }, cPoint);
    expect(order).toEqual(['asked', 'unlock']);
    expect(fills.askedToUnlock).toHaveBeenCalledWith(cPoint.tab);
  });

  it('locks after an enrolment that gave a code, not after one without', async () => {
    const withCode = setUp(KIOSK);
    await withCode.listen({ type: 'enrol:add', images: [] }, cPoint);
    expect(withCode.lock).toHaveBeenCalledOnce();
    const without = setUp(KIOSK, { code: undefined });
    await without.listen({ type: 'enrol:add', images: [] }, cPoint);
    expect(without.lock).not.toHaveBeenCalled();
  });
});

import type { Browser, Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAccount } from '../autofill/entry.ts';
import {
  buildAutofillBundle,
  launchChromium,
  readReport,
  serveFixtures,
  startInFrame,
} from '../autofill/harness.ts';

const cPoint: TestAccount = { issuer: 'C-point', account: 'jdoe', links: [], code: '123456' };
const myCepa: TestAccount = { issuer: 'MyCepa', account: '0471234', links: [], code: '1234567890' };
const acme: TestAccount = {
  issuer: 'Acme',
  account: 'a',
  links: ['https://login.acme.test'],
  code: '654321',
};
const accounts = [cPoint, myCepa, acme];

let browser: Browser;
let page: Page;
let bundle: string;

beforeAll(async () => {
  [bundle, browser] = await Promise.all([buildAutofillBundle(), launchChromium()]);
  page = await browser.newPage();
  await serveFixtures(page);
});

afterAll(async () => {
  await browser.close();
});

/** Opens `url`, lets the page (optionally) be touched first, starts autofill in the top frame. */
async function open(url: string, before?: (page: Page) => Promise<void>) {
  await page.goto(url, { waitUntil: 'load' });
  if (before !== undefined) await before(page);
  return startInFrame(page.mainFrame(), bundle, accounts);
}

function valueOf(frame: Frame | Page, selector: string): Promise<string> {
  return frame.$eval(selector, (el) => (el as HTMLInputElement).value);
}

function valuesOf(frame: Frame | Page, selector: string): Promise<string[]> {
  return frame.$$eval(selector, (els) => els.map((el) => (el as HTMLInputElement).value));
}

/** Resolves after two animation frames: any search the watcher scheduled has run. */
function nextFrames(): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

async function waitForFill(frame: Frame, timeout = 2000): Promise<void> {
  await frame.waitForFunction(
    () =>
      (globalThis as unknown as { havenReport: { fills: unknown[] } }).havenReport.fills.length > 0,
    { timeout },
  );
}

describe('site profile fields', () => {
  it('fills the C-point verification code and fires input and change', async () => {
    await open('https://www.c-point.be/nl/mfa', (p) =>
      p.evaluate(() => {
        const seen: string[] = [];
        Object.assign(window, { seen });
        for (const type of ['input', 'change'])
          document.addEventListener(type, (e) => seen.push(e.type));
      }),
    );
    expect(await valueOf(page, '#otp')).toBe('123456');
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([
      'input',
      'change',
    ]);
  });

  it('fills the code on the C-point enrolment page', async () => {
    await open('https://www.c-point.be/nl/mfa/registreren');
    expect(await valueOf(page, '#otp')).toBe('123456');
  });

  it('fills neither username nor password on the C-point login', async () => {
    await open('https://www.c-point.be/nl/login');
    expect(await valuesOf(page, 'input:not([type=radio])')).toEqual(['', '']);
    expect((await readReport(page.mainFrame())).fills).toEqual([]);
  });

  it('fills the MyCepa werkboeknummer and the 10-digit code into the password field', async () => {
    await open('https://my.cepa.be/');
    expect(await valueOf(page, '#username')).toBe('0471234');
    expect(await valueOf(page, '#password')).toBe('1234567890');
  });

  it('leaves a username the user typed and still fills the code', async () => {
    await open('https://my.cepa.be/', (p) => p.type('#username', '0999'));
    expect(await valueOf(page, '#username')).toBe('0999');
    expect(await valueOf(page, '#password')).toBe('1234567890');
    expect((await readReport(page.mainFrame())).username).toBe(false);
  });

  it('never overwrites a code field that holds typed text', async () => {
    await open('https://www.c-point.be/nl/mfa', (p) => p.type('#otp', '12'));
    expect(await valueOf(page, '#otp')).toBe('12');
    const fills = (await readReport(page.mainFrame())).fills;
    expect(fills.map(({ ok, kind }) => ({ ok, kind }))).toEqual([{ ok: false, kind: 'single' }]);
  });
});

describe('fields that are never filled', () => {
  const cases: [string, string, string][] = [
    ['C-point e-mail code (one-time-code!)', 'https://www.c-point.be/nl/email-code', 'input'],
    ['C-point e-mail code on another path', 'https://www.c-point.be/elders/code', 'input'],
    ['C-point reset code', 'https://www.c-point.be/nl/wachtwoord-vergeten', 'input'],
    ['C-point reset code on another path', 'https://www.c-point.be/elders/reset', 'input'],
    ['MyCepa payslip passwords', 'https://my.cepa.be/otp-activatie', 'input'],
    ['MyCepa payslip labels on another page', 'https://my.cepa.be/instellingen', 'input'],
    [
      'captcha, coupon, promo, recovery, e-mail, sms',
      'https://login.acme.test/generic/refused',
      'input',
    ],
    [
      'only hidden, tiny, transparent, off-screen, disabled decoys',
      'https://www.c-point.be/variant/decoy-only',
      'input',
    ],
  ];
  it.each(cases)('%s', async (_name, url, selector) => {
    expect(await open(url)).toBe('watching');
    await nextFrames();
    const values = await valuesOf(page, selector);
    expect(values.length).toBeGreaterThan(0);
    expect(values.every((value) => value === '')).toBe(true);
    expect((await readReport(page.mainFrame())).fills).toEqual([]);
  });

  it('skips every decoy and fills the visible field', async () => {
    await open('https://www.c-point.be/variant/decoy');
    expect(await valuesOf(page, '.decoy')).toEqual(Array(10).fill(''));
    expect(await valueOf(page, '#otp')).toBe('123456');
  });
});

describe('exact origins only', () => {
  const cases: [string, string][] = [
    ['https://my-cepa.be/', 'no-account'],
    ['https://www.c-point.be.example.test/nl/mfa', 'no-account'],
    ['https://my.cepa.be.evil.test/', 'no-account'],
    ['https://my.cepa.be:8443/', 'frame-refused'],
    ['http://www.c-point.be/nl/mfa', 'frame-refused'],
    ['http://my.cepa.be/', 'frame-refused'],
  ];
  it.each(cases)('%s → %s', async (url, status) => {
    expect(await open(url)).toBe(status);
    expect(page.url()).toBe(url);
    const values = await valuesOf(page, 'input');
    expect(values.length).toBeGreaterThan(0);
    expect(values.every((value) => value === '')).toBe(true);
  });

  it('fills by generic French heuristics on an origin the user linked', async () => {
    expect(await open('https://login.acme.test/generic/fr')).toBe('watching');
    expect(await valueOf(page, '#mfa')).toBe('654321');
    expect(await valueOf(page, '#user')).toBe('');
  });
});

describe('page shapes', () => {
  it('fills split boxes one digit each, seen by a React-like tracker', async () => {
    await open('https://www.c-point.be/variant/split');
    expect(await valuesOf(page, '.digit')).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(
      await page.evaluate(() => (window as unknown as { __changes: string[] }).__changes),
    ).toEqual(['0:1', '1:2', '2:3', '3:4', '4:5', '5:6']);
  });

  it('fills wrapped split boxes that are rendered one at a time', async () => {
    await open('https://www.c-point.be/variant/split-late');
    await waitForFill(page.mainFrame());
    expect(await valuesOf(page, '.digit')).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('fills a field inside an open shadow root', async () => {
    await open('https://www.c-point.be/variant/shadow');
    const value = await page.evaluate(
      () => document.querySelector('cp-otp-form')?.shadowRoot?.querySelector('input')?.value,
    );
    expect(value).toBe('123456');
  });

  it('finds a field rendered later into an existing shadow root', async () => {
    await open('https://www.c-point.be/variant/shadow-late');
    await waitForFill(page.mainFrame());
    const value = await page.evaluate(
      () => document.querySelector('cp-step')?.shadowRoot?.querySelector('input')?.value,
    );
    expect(value).toBe('123456');
  });

  it('finds a field an SPA adds after a stream of mutations, within one second', async () => {
    await open('https://www.c-point.be/variant/spa');
    await waitForFill(page.mainFrame());
    expect(await valueOf(page, '#otp')).toBe('123456');
    const report = await readReport(page.mainFrame());
    const appeared = await page.evaluate(
      () => (window as unknown as { __appearedAt: number }).__appearedAt,
    );
    expect(report.fills[0]!.at - appeared).toBeLessThan(1000);
  });

  it('finds a field that becomes visible later', async () => {
    await open('https://www.c-point.be/variant/late-visible');
    await waitForFill(page.mainFrame());
    expect(await valueOf(page, '#otp')).toBe('123456');
  });
});

describe('frames', () => {
  function childFrame(): Frame {
    const frame = page.frames().find((f) => f !== page.mainFrame());
    if (frame === undefined) throw new Error('no child frame');
    return frame;
  }

  it('fills a same-origin frame from the top frame', async () => {
    await open('https://www.c-point.be/variant/iframe-same');
    expect(await valueOf(childFrame(), '#otp')).toBe('123456');
  });

  it('fills a same-origin frame added after the watcher started', async () => {
    await open('https://www.c-point.be/variant/iframe-late');
    await waitForFill(page.mainFrame());
    expect(await valueOf(childFrame(), '#otp')).toBe('123456');
  });

  it('never touches a cross-origin frame, and the frame refuses by itself', async () => {
    await open('https://www.c-point.be/variant/iframe-cross');
    const frame = childFrame();
    expect(frame.url()).toBe('https://www.c-point.be.example.test/variant/frame');
    expect((await readReport(page.mainFrame())).fills).toEqual([]);
    expect(await startInFrame(frame, bundle, accounts)).toBe('frame-refused');
    expect(await valueOf(frame, '#otp')).toBe('');
  });

  it('refuses the real site framed by a foreign page', async () => {
    expect(await open('https://www.c-point.be.example.test/evil')).toBe('no-account');
    const frame = childFrame();
    expect(frame.url()).toBe('https://www.c-point.be/nl/mfa');
    expect(await startInFrame(frame, bundle, accounts)).toBe('frame-refused');
    expect(await valueOf(frame, '#otp')).toBe('');
  });
});

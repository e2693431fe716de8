/**
 * Autofill in the real browser with the real thing: the built extension
 * (.output/chrome-mv3) and an unlocked vault holding a C-point and a MyCepa
 * account, on the fixtures in test/autofill/fixtures served under any origin.
 */
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFixtures } from '../autofill/harness.ts';
import {
  addUri,
  cpointUri,
  DEMO,
  launchExtensionBrowser,
  mycepaUri,
  recentCodes,
  setUpWithPin,
  settle,
  type ExtensionBrowser,
} from './extension-helpers.ts';

const cpointCodes = () => recentCodes(DEMO.cpoint.secret);
const mycepaCodes = () => recentCodes(DEMO.mycepa.secret, 10);

let ext: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  ext = await launchExtensionBrowser({ sites: { hostRules: 'MAP nothing.invalid 127.0.0.1' } });
  const popup = await ext.openPopup();
  await setUpWithPin(popup);
  await addUri(popup, cpointUri(DEMO.cpoint.username, DEMO.cpoint.secret), 1);
  await addUri(popup, mycepaUri(DEMO.mycepa.werkboeknummer, DEMO.mycepa.secret), 2);
  page = await ext.browser.newPage();
  await serveFixtures(page);
}, 60_000);

afterAll(async () => {
  await ext.dispose();
});

/**
 * Opens `url`; `atStart` runs in the page (every frame) before its own
 * scripts, e.g. to type into a field before Havencode's content script runs.
 */
async function open(url: string, atStart?: () => void): Promise<void> {
  const script = atStart === undefined ? undefined : await page.evaluateOnNewDocument(atStart);
  await page.goto(url, { waitUntil: 'load' });
  if (script !== undefined) await page.removeScriptToEvaluateOnNewDocument(script.identifier);
}

function valueOf(frame: Frame | Page, selector: string): Promise<string> {
  return frame.$eval(selector, (el) => (el as HTMLInputElement).value);
}

function valuesOf(frame: Frame | Page, selector: string): Promise<string[]> {
  return frame.$$eval(selector, (els) => els.map((el) => (el as HTMLInputElement).value));
}

/** Waits until `selector` in `frame` holds `length` characters; resolves to its value. */
async function filled(frame: Frame | Page, selector: string, length: number): Promise<string> {
  await frame.waitForFunction(
    (s, n) => (document.querySelector<HTMLInputElement>(s)?.value.length ?? 0) === n,
    { timeout: 3000 },
    selector,
    length,
  );
  return valueOf(frame, selector);
}

describe('the sites', () => {
  it('fills the C-point verification code and fires input and change', async () => {
    await open('https://www.c-point.be/nl/mfa', () => {
      const seen: string[] = [];
      Object.assign(window, { seen });
      for (const type of ['input', 'change']) {
        document.addEventListener(type, (e) => seen.push(e.type));
      }
    });
    expect(cpointCodes()).toContain(await filled(page, '#otp', 6));
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([
      'input',
      'change',
    ]);
  });

  it('leaves the verification field of a set-up page to the QR code being added', async () => {
    await open('https://www.c-point.be/nl/mfa/registreren');
    await settle(page);
    expect(await valueOf(page, '#otp')).toBe('');
  });

  it('fills neither username nor password on the C-point login', async () => {
    await open('https://www.c-point.be/nl/login');
    await settle(page);
    expect(await valuesOf(page, 'input:not([type=radio])')).toEqual(['', '']);
  });

  it('fills the MyCepa werkboeknummer and the 10-digit code into the password field', async () => {
    await open('https://my.cepa.be/');
    expect(mycepaCodes()).toContain(await filled(page, '#password', 10));
    expect(await valueOf(page, '#username')).toBe(DEMO.mycepa.werkboeknummer);
  });

  it('leaves a username the user typed and still fills the code', async () => {
    await open('https://my.cepa.be/', () =>
      document.addEventListener('DOMContentLoaded', () => {
        document.querySelector<HTMLInputElement>('#username')!.value = '0999';
      }),
    );
    expect(mycepaCodes()).toContain(await filled(page, '#password', 10));
    expect(await valueOf(page, '#username')).toBe('0999');
  });

  it('never overwrites a code field that holds typed text', async () => {
    await open('https://www.c-point.be/nl/mfa', () =>
      document.addEventListener('DOMContentLoaded', () => {
        document.querySelector<HTMLInputElement>('#otp')!.value = '12';
      }),
    );
    await settle(page);
    expect(await valueOf(page, '#otp')).toBe('12');
  });

  it('reads French: fills the "Code de vérification", not the "Identifiant"', async () => {
    await open('https://www.c-point.be/generic/fr');
    expect(cpointCodes()).toContain(await filled(page, '#mfa', 6));
    expect(await valueOf(page, '#user')).toBe('');
  });
});

describe('fields that are never filled', () => {
  const cases: [string, string][] = [
    ['C-point e-mail code (one-time-code!)', 'https://www.c-point.be/nl/email-code'],
    ['C-point e-mail code on another path', 'https://www.c-point.be/elders/code'],
    ['C-point reset code', 'https://www.c-point.be/nl/wachtwoord-vergeten'],
    ['C-point reset code on another path', 'https://www.c-point.be/elders/reset'],
    ['MyCepa payslip passwords', 'https://my.cepa.be/otp-activatie'],
    ['MyCepa payslip labels on another page', 'https://my.cepa.be/instellingen'],
    ['captcha, coupon, promo, recovery, e-mail, sms', 'https://www.c-point.be/generic/refused'],
    [
      'only hidden, tiny, transparent, off-screen, disabled decoys',
      'https://www.c-point.be/variant/decoy-only',
    ],
  ];
  it.each(cases)('%s', async (_name, url) => {
    await open(url);
    await settle(page);
    const values = await valuesOf(page, 'input');
    expect(values.length).toBeGreaterThan(0);
    expect(values.every((value) => value === '')).toBe(true);
  });

  it('skips every decoy and fills the visible field', async () => {
    await open('https://www.c-point.be/variant/decoy');
    expect(cpointCodes()).toContain(await filled(page, '#otp', 6));
    expect(await valuesOf(page, '.decoy')).toEqual(Array(10).fill(''));
  });
});

describe('exact origins only', () => {
  it.each([
    'https://my-cepa.be/',
    'https://www.c-point.be.example.test/nl/mfa',
    'https://my.cepa.be.evil.test/',
    'https://my.cepa.be:8443/',
    'http://www.c-point.be/nl/mfa',
    'http://my.cepa.be/',
  ])('fills nothing on %s', async (url) => {
    await open(url);
    expect(page.url()).toBe(url);
    await settle(page);
    const values = await valuesOf(page, 'input');
    expect(values.length).toBeGreaterThan(0);
    expect(values.every((value) => value === '')).toBe(true);
  });
});

describe('page shapes', () => {
  it('fills split boxes one digit each, seen by a React-like tracker', async () => {
    await open('https://www.c-point.be/variant/split');
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLInputElement>('.digit')].every((d) => d.value !== ''),
    );
    const digits = (await valuesOf(page, '.digit')).join('');
    expect(cpointCodes()).toContain(digits);
    expect(
      await page.evaluate(() => (window as unknown as { __changes: string[] }).__changes),
    ).toEqual([...digits].map((digit, i) => `${i}:${digit}`));
  });

  it('fills wrapped split boxes that are rendered one at a time', async () => {
    await open('https://www.c-point.be/variant/split-late');
    await page.waitForFunction(
      () =>
        document.querySelectorAll('.digit').length === 6 &&
        [...document.querySelectorAll<HTMLInputElement>('.digit')].every((d) => d.value !== ''),
      { timeout: 3000 },
    );
    expect(cpointCodes()).toContain((await valuesOf(page, '.digit')).join(''));
  });

  it('fills a field inside an open shadow root', async () => {
    await open('https://www.c-point.be/variant/shadow');
    await page.waitForFunction(
      () => document.querySelector('cp-otp-form')?.shadowRoot?.querySelector('input')?.value,
      { timeout: 3000 },
    );
    const value = await page.evaluate(
      () => document.querySelector('cp-otp-form')?.shadowRoot?.querySelector('input')?.value,
    );
    expect(cpointCodes()).toContain(value);
  });

  it('finds a field rendered later into an existing shadow root', async () => {
    await open('https://www.c-point.be/variant/shadow-late');
    await page.waitForFunction(
      () => document.querySelector('cp-step')?.shadowRoot?.querySelector('input')?.value,
      { timeout: 3000 },
    );
    const value = await page.evaluate(
      () => document.querySelector('cp-step')?.shadowRoot?.querySelector('input')?.value,
    );
    expect(cpointCodes()).toContain(value);
  });

  it('finds a field an SPA adds after a stream of mutations, within one second', async () => {
    await open('https://www.c-point.be/variant/spa', () =>
      document.addEventListener(
        'input',
        () => Object.assign(window, { __filledAt: performance.now() }),
        { once: true, capture: true },
      ),
    );
    expect(cpointCodes()).toContain(await filled(page, '#otp', 6));
    const { appeared, filledAt } = await page.evaluate(() => {
      const w = window as unknown as { __appearedAt: number; __filledAt: number };
      return { appeared: w.__appearedAt, filledAt: w.__filledAt };
    });
    expect(filledAt - appeared).toBeLessThan(1000);
  });

  it('finds a field that becomes visible later', async () => {
    await open('https://www.c-point.be/variant/late-visible');
    expect(cpointCodes()).toContain(await filled(page, '#otp', 6));
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
    expect(cpointCodes()).toContain(await filled(childFrame(), '#otp', 6));
  });

  it('fills a same-origin frame added after the watcher started', async () => {
    await open('https://www.c-point.be/variant/iframe-late');
    await page.waitForFunction(() => document.querySelector('iframe') !== null, { timeout: 3000 });
    await page.waitForFunction(
      () => document.querySelector('iframe')?.contentDocument?.querySelector('#otp') !== null,
    );
    expect(cpointCodes()).toContain(await filled(childFrame(), '#otp', 6));
  });

  it('never touches a cross-origin frame', async () => {
    await open('https://www.c-point.be/variant/iframe-cross');
    const frame = childFrame();
    expect(frame.url()).toBe('https://www.c-point.be.example.test/variant/frame');
    await settle(page);
    expect(await valueOf(frame, '#otp')).toBe('');
  });

  it('refuses the real site framed by a foreign page', async () => {
    await open('https://www.c-point.be.example.test/evil');
    const frame = childFrame();
    expect(frame.url()).toBe('https://www.c-point.be/nl/mfa');
    await settle(page);
    expect(await valueOf(frame, '#otp')).toBe('');
  });
});

import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoSites } from '../sites/server.ts';
import {
  addUri,
  clickInlineButton,
  cpointUri,
  inlineTexts,
  isConfirmWindowOpen,
  loginCpoint,
  settle,
  recentCodes,
  submit,
  waitForValue,
  type ExtensionBrowser,
  DEMO,
  startUnlockedWithDemoAccounts,
  waitForChooseWindow,
} from './extension-helpers.ts';

// The real extension in real Chromium, unlocked, on the demo sites: codes
// arrive in the field without a click, and only where they belong.
const CPOINT_SECRET = DEMO.cpoint.secret;
const MYCEPA_SECRET = DEMO.mycepa.secret;

let sites: DemoSites;
let ext: ExtensionBrowser;
let popup: Page;

beforeAll(async () => {
  ({ sites, ext, popup } = await startUnlockedWithDemoAccounts());
});

afterAll(async () => {
  await ext.dispose();
  await sites.close();
});

async function newPage(): Promise<Page> {
  return ext.browser.newPage();
}

describe('unlocked, one account per site', () => {
  it('fills the C-point code within a second of the field appearing', async () => {
    const page = await newPage();
    await loginCpoint(page, 'jdevos', 'Haven2026!');
    const appeared = Date.now();
    const code = await waitForValue(page, '#otp', 6);
    expect(Date.now() - appeared).toBeLessThan(1000);
    expect(recentCodes(CPOINT_SECRET)).toContain(code);
    await page.close();
  });

  it('fills the MyCepa werkboeknummer and the 10-digit code, and the site takes them', async () => {
    const page = await newPage();
    await page.goto('https://my.cepa.be/');
    const filled = await waitForValue(page, '#password', 10);
    expect(recentCodes(MYCEPA_SECRET, 10)).toContain(filled);
    expect(await page.$eval('#username', (e) => (e as HTMLInputElement).value)).toBe('0471234');
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    expect(new URL(page.url()).pathname).toBe('/start');
    await page.close();
  });

  it('never changes a field that already holds text', async () => {
    const page = await newPage();
    // Typed before the content script runs (it starts at document_idle).
    await page.evaluateOnNewDocument(() =>
      document.addEventListener('DOMContentLoaded', () => {
        document.querySelector<HTMLInputElement>('#username')!.value = '99';
        document.querySelector<HTMLInputElement>('#password')!.value = '12';
      }),
    );
    await page.goto('https://my.cepa.be/');
    await settle(page);
    expect(await page.$eval('#username', (e) => (e as HTMLInputElement).value)).toBe('99');
    expect(await page.$eval('#password', (e) => (e as HTMLInputElement).value)).toBe('12');
    await page.close();
  });

  // Each variant: how to read the code field's value in the page.
  const readers: [string, string, () => string | undefined][] = [
    [
      'a field added 1.5 s after load',
      '/variant/spa',
      () => document.querySelector<HTMLInputElement>('#otp')?.value,
    ],
    [
      'an open shadow root',
      '/variant/shadow',
      () =>
        document.querySelector('code-field')?.shadowRoot?.querySelector<HTMLInputElement>('#otp')
          ?.value,
    ],
    [
      'a same-origin frame',
      '/variant/iframe-same',
      () =>
        document.querySelector('iframe')?.contentDocument?.querySelector<HTMLInputElement>('#otp')
          ?.value,
    ],
    [
      'split boxes, one digit each',
      '/variant/split',
      () =>
        [...document.querySelectorAll<HTMLInputElement>('input.digit')]
          .map((i) => i.value)
          .join(''),
    ],
  ];
  it.each(readers)('fills %s', async (_name, path, read) => {
    const page = await newPage();
    await page.goto(`https://www.c-point.be${path}`);
    // The site would refuse these as already used by the login above: compare with our own TOTP.
    await page.waitForFunction(`(${read.toString()})()?.length === 6`, { timeout: 3000 });
    const filled = await page.evaluate(`(${read.toString()})()`);
    expect(recentCodes(CPOINT_SECRET)).toContain(filled);
    await page.close();
  });
});

describe('the code just used', () => {
  it('is not filled again: Havencode says when the next one comes, fills it, and C-point takes it', async () => {
    // At least 12 s left in this 30 s step, so the second login falls in it.
    while (Date.now() % 30_000 > 18_000) await new Promise((resolve) => setTimeout(resolve, 500));
    const page = await newPage();
    await loginCpoint(page, DEMO.cpoint.username, DEMO.cpoint.password);
    const first = await waitForValue(page, '#otp', 6);
    expect(await submit(page)).toBe('/nl/welkom');

    await page.goto('https://www.c-point.be/nl/afmelden');
    await loginCpoint(page, DEMO.cpoint.username, DEMO.cpoint.password);
    await page.waitForSelector('havencode-inline');
    expect((await inlineTexts(page)).join(' ')).toMatch(
      /^Die code is net gebruikt\. Nieuwe code over \d+ seconden?\.$/,
    );
    expect(await page.$eval('#otp', (e) => (e as HTMLInputElement).value)).toBe('');
    const next = await waitForValue(page, '#otp', 6, 32_000);
    expect(next).not.toBe(first);
    expect(recentCodes(CPOINT_SECRET)).toContain(next);
    expect(await submit(page)).toBe('/nl/welkom');
    await page.close();
  }, 100_000);
});

describe('several accounts for one site', () => {
  const TWEEDE_SECRET = 'KRSXG5CTMVRXEZLU';

  it('fills nothing by itself; the page can neither read the names nor choose', async () => {
    await addUri(popup, cpointUri('tweede', TWEEDE_SECRET), 3);
    const page = await newPage();
    await page.goto('https://www.c-point.be/variant/spa');
    await page.waitForSelector('#otp');
    await page.waitForSelector('havencode-inline');
    await settle(page, 1000);
    expect(await page.$eval('#otp', (e) => (e as HTMLInputElement).value)).toBe('');
    // A page script sees a host element with a closed shadow root: no names, no buttons.
    const seen = await page.evaluate(() => {
      const host = document.querySelector('havencode-inline')!;
      host.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      (host as HTMLElement).click();
      return `${document.documentElement.outerHTML} ${host.shadowRoot === null ? 'null' : 'open'}`;
    });
    expect(seen).not.toMatch(/tweede|jdevos/);
    expect(seen).toContain('null');
    await settle(page, 500);
    expect(isConfirmWindowOpen(ext.browser)).toBe(false);
    await page.close();
  });

  it("asks on the user's click in Havencode's window, and fills the chosen account's code", async () => {
    const page = await newPage();
    await page.goto('https://www.c-point.be/variant/spa');
    await page.waitForSelector('#otp');
    const [choice] = await Promise.all([
      waitForChooseWindow(ext.browser),
      clickInlineButton(page, '#otp'),
    ]);
    expect(choice.names).toEqual(['C-point (jdevos)', 'C-point (tweede)']);
    await choice.choose('C-point (tweede)');
    const filled = await waitForValue(page, '#otp', 6);
    expect(recentCodes(TWEEDE_SECRET)).toContain(filled);
    expect(isConfirmWindowOpen(ext.browser)).toBe(false);
    await page.close();
  });

  it('fills nothing when the user closes the window, and the button stays', async () => {
    const page = await newPage();
    await page.goto('https://www.c-point.be/variant/spa');
    await page.waitForSelector('#otp');
    await Promise.all([waitForChooseWindow(ext.browser), clickInlineButton(page, '#otp')]);
    const target = ext.browser.targets().find((t) => t.url().includes('/confirm.html'));
    await (await target!.asPage())?.close();
    await settle(page, 500);
    expect(await page.$eval('#otp', (e) => (e as HTMLInputElement).value)).toBe('');
    expect(await page.$('havencode-inline')).not.toBeNull();
    await page.close();
  });

  it('the popup lists them all', async () => {
    const issuers = await popup.$$eval('[data-testid=account]', (items) =>
      items.map((i) => i.getAttribute('data-issuer')),
    );
    expect(issuers.filter((issuer) => issuer === 'C-point')).toHaveLength(2);
  });
});

import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, launchBrowser, type TestBrowser } from '../harness/browser.ts';
import {
  addUri,
  cpointUri,
  mycepaUri,
  recentCodes,
  setUpWithPin,
  settle,
  tap,
  waitForValue,
} from './extension-helpers.ts';

// C-point's code page on a hosted sign-in domain: the popup offers to link
// that exact origin to the C-point account, and the page is filled from then on.
const HOSTED = 'https://login.hosted-idp.test';
const OTHER_HOSTED = 'https://sso.other-idp.test';
const CPOINT = 'https://www.c-point.be';
const SECRET = 'KRSXG5CTMVRXEZLUKN2XAZLSNBQW4ZDX';

const CODE_PAGE = `<!doctype html><html lang="nl"><body><form>
  <label for="code">Verificatiecode</label>
  <input id="code" autocomplete="one-time-code" inputmode="numeric" maxlength="6">
  <button>Aanmelden</button></form></body></html>`;

let dir: string;
let browser: TestBrowser;

/**
 * The build with the hosted origin already granted: headless Chromium can't
 * click a permission prompt (see extension-linked.test.ts). The content
 * script then runs there but fills nothing until an account links it.
 */
async function copyWithGrantedOrigin(): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), 'havencode-hosted-'));
  await cp(EXTENSION_DIR, copy, { recursive: true });
  const file = join(copy, 'manifest.json');
  const manifest = JSON.parse(await readFile(file, 'utf8')) as { host_permissions: string[] };
  manifest.host_permissions.push(`${HOSTED}/*`, `${OTHER_HOSTED}/*`);
  await writeFile(file, JSON.stringify(manifest));
  return copy;
}

/** A tab on `url` where every request gets the code page. */
async function openCodePage(url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: CODE_PAGE });
  });
  await page.goto(url);
  return page;
}

/** The real popup, opened from the toolbar button on `page` (the tab it is about). */
async function openPopupFor(page: Page): Promise<Page> {
  const before = new Set(browser.browser.targets());
  await browser.triggerAction(page);
  const target = await browser.browser.waitForTarget(
    (t) => !before.has(t) && t.url().endsWith('/popup.html'),
  );
  const popup = await target.asPage();
  if (popup === null) throw new Error('the popup has no page');
  await popup.waitForSelector('[data-testid=account]');
  return popup;
}

beforeAll(async () => {
  dir = await copyWithGrantedOrigin();
  browser = await launchBrowser({ extension: dir, lang: 'nl' });
  const popup = await browser.openPopup();
  await setUpWithPin(popup);
  await addUri(popup, cpointUri('jan', SECRET), 1);
  await popup.close();
});

afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('"Gebruik Havencode op deze site" in the popup', () => {
  it('is absent on C-point itself', async () => {
    const page = await openCodePage(`${CPOINT}/nl/login`);
    const popup = await openPopupFor(page);
    await settle(popup, 300);
    expect(await popup.$$('[data-testid=use-here]')).toHaveLength(0);
    await popup.close();
    await page.close();
  });

  it('links the hosted origin to the C-point account in one click, and the code is filled', async () => {
    const page = await openCodePage(`${HOSTED}/realms/cpoint/login`);
    await settle(page);
    // Not linked yet: the content script runs there but fills nothing.
    expect(await page.$eval('#code', (e) => (e as HTMLInputElement).value)).toBe('');
    const popup = await openPopupFor(page);
    const offer = await popup.waitForSelector('[data-testid=use-here]');
    expect(await offer?.evaluate((e) => e.textContent)).toContain('Gebruik Havencode op deze site');
    expect(await offer?.evaluate((e) => e.textContent)).toContain('C-point (jan)');
    await tap(popup, '[data-testid=use-here-link]');
    // Linked: the offer goes, the popup says what happened and lists the account for this site.
    await popup.waitForFunction(
      () => document.querySelector('[data-testid=use-here-link]') === null,
    );
    expect(await popup.$eval('[role=status]', (e) => e.textContent)).toContain(HOSTED);
    await popup.close();
    await page.reload();
    const filled = await waitForValue(page, '#code', 6);
    expect(recentCodes(SECRET)).toContain(filled);
    await page.close();
  });

  it('is gone once the site is linked', async () => {
    const page = await openCodePage(`${HOSTED}/realms/cpoint/login`);
    const popup = await openPopupFor(page);
    await settle(popup, 300);
    expect(await popup.$$('[data-testid=use-here]')).toHaveLength(0);
    await popup.close();
    await page.close();
  });

  it('lets the user pick the account when both sites have one', async () => {
    const adding = await browser.openPopup();
    await addUri(adding, mycepaUri('0479999', SECRET), 2);
    await adding.close();
    const page = await openCodePage(`${OTHER_HOSTED}/login`);
    const popup = await openPopupFor(page);
    await popup.waitForSelector('[data-testid=use-here-account]');
    const options = await popup.$$eval('[data-testid=use-here-account] option', (list) =>
      list.map((option) => option.textContent),
    );
    expect(options.sort()).toEqual(['C-point (jan)', 'MyCepa (0479999)']);
    const mycepa = await popup.$eval(
      '[data-testid=use-here-account]',
      (select) =>
        [...(select as HTMLSelectElement).options].find((o) => o.text.startsWith('MyCepa'))?.value,
    );
    await popup.select('[data-testid=use-here-account]', mycepa ?? '-');
    await tap(popup, '[data-testid=use-here-link]');
    // Only the picked account is now the one for this site.
    await popup.waitForFunction(
      () => document.querySelector('[data-testid=use-here-link]') === null,
    );
    // The first list is 'Voor deze site'.
    const here = await popup.$eval('.accounts', (list) =>
      [...list.querySelectorAll<HTMLElement>('[data-testid=account]')].map(
        (item) => item.dataset['account'],
      ),
    );
    expect(here).toEqual(['0479999']);
    await popup.close();
    await page.close();
  });
});

import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TargetType, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, launchBrowser, type TestBrowser } from '../harness/browser.ts';
import {
  addUri,
  recentCodes,
  setUpWithPin,
  settle,
  tap,
  unlockWithPin,
  waitForValue,
} from './extension-helpers.ts';

// A site the user linked to an account: the real extension fills it through
// the content script it registers for the allowed origins, and nowhere else.
const LINKED = 'https://intranet.example.test';
const LOOK_ALIKE = 'https://intranet.example.test.evil.test';
const UNLINKED = 'https://other.example.test';
const SECRET = 'KRSXG5CTMVRXEZLUKN2XAZLSNBQW4ZDX';
const OTHER_SECRET = 'JBSWY3DPEHPK3PXP';

const LOGIN_PAGE = `<!doctype html><html lang="nl"><body><form>
  <label for="code">Verificatiecode</label>
  <input id="code" autocomplete="one-time-code" inputmode="numeric" maxlength="6">
  <button>Aanmelden</button></form></body></html>`;

let dir: string;
let browser: TestBrowser;
let popup: Page;

/**
 * The build with the test origins already granted. Headless Chromium can't
 * click a permission prompt; a granted optional origin and a manifest host
 * look the same to permissions.getAll(), so the background registers its
 * content script exactly as after the user allowed the site. The look-alike
 * is granted too: the script runs there, and the background's exact-origin
 * match is what refuses it.
 */
async function copyWithGrantedOrigins(): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), 'havencode-linked-'));
  await cp(EXTENSION_DIR, copy, { recursive: true });
  const file = join(copy, 'manifest.json');
  const manifest = JSON.parse(await readFile(file, 'utf8')) as { host_permissions: string[] };
  manifest.host_permissions.push(...[LINKED, LOOK_ALIKE, UNLINKED].map((o) => `${o}/*`));
  await writeFile(file, JSON.stringify(manifest));
  return copy;
}

/** Opens `url` in `page`, where every request, on any host, gets the generic login page. */
async function serveLoginPage(page: Page, url: string): Promise<void> {
  // Interception answers from the network layer only: the registered content
  // script still injects into the page as on a real site.
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    void request.respond({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: LOGIN_PAGE,
    });
  });
  await page.goto(url);
}

/** Whether the content script ran on `url`, and what it left in the code field after it had time to act. */
async function visit(url: string): Promise<{ injected: boolean; value: string }> {
  const page = await browser.newPage();
  // The content script runs in its own world, which CDP reports by the extension's origin.
  const cdp = await page.createCDPSession();
  let injected = false;
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin === `chrome-extension://${browser.extensionId}`) injected = true;
  });
  await cdp.send('Runtime.enable');
  await serveLoginPage(page, url);
  await settle(page);
  const value = await page.$eval('#code', (e) => (e as HTMLInputElement).value);
  await page.close();
  return { injected, value };
}

/** The options page, once it lists the accounts. */
async function openOptions(): Promise<Page> {
  const options = await browser.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.waitForSelector('[data-testid=link-account]');
  return options;
}

/** The matches of the content script the background registered for linked sites. */
async function registeredMatches(): Promise<string[]> {
  const target = await browser.browser.waitForTarget(
    (t) => t.type() === TargetType.SERVICE_WORKER && t.url().includes(browser.extensionId ?? '-'),
  );
  const worker = await target.worker();
  if (worker === null) throw new Error('no service worker');
  return worker.evaluate(async () => {
    type Scripting = { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> };
    const { scripting } = (globalThis as unknown as { chrome: { scripting: Scripting } }).chrome;
    const scripts = await scripting.getRegisteredContentScripts();
    return scripts.flatMap((script) => script.matches ?? []).sort();
  });
}

beforeAll(async () => {
  dir = await copyWithGrantedOrigins();
  browser = await launchBrowser({ extension: dir, lang: 'nl' });
  popup = await browser.openPopup();
  await setUpWithPin(popup);
  await addUri(popup, `otpauth://totp/Intranet:jan?secret=${SECRET}&issuer=Intranet`, 1);
  await addUri(popup, `otpauth://totp/Elders:piet?secret=${OTHER_SECRET}&issuer=Elders`, 2);
  const options = await openOptions();
  const jan = '[data-testid=link-account][data-account=jan]';
  await options.type(`${jan} [data-testid=link-input]`, `${LINKED}/login?next=/`);
  await tap(options, `${jan} [data-testid=link-add]`);
  await options.waitForSelector(`${jan} [data-testid=link]`);
  await options.close();
});

afterAll(async () => {
  await browser.close();
  await rm(dir, { recursive: true, force: true });
});

describe('a site linked to an account', () => {
  it('registers one content script, top frame, on the granted origins but the two sites', async () => {
    expect(await registeredMatches()).toEqual(
      [LINKED, LOOK_ALIKE, UNLINKED].map((o) => `${o}/*`).sort(),
    );
  });

  it('shows the link as allowed: no note asking for the browser', async () => {
    const options = await openOptions();
    await options.waitForSelector('[data-account=jan] [data-testid=link]');
    expect(await options.$$('[data-testid=link-blocked]')).toHaveLength(0);
    await options.close();
  });

  it('fills the linked account’s code within a second', async () => {
    const page = await browser.newPage();
    await serveLoginPage(page, `${LINKED}/login`);
    const loaded = Date.now();
    const code = await waitForValue(page, '#code', 6);
    expect(Date.now() - loaded).toBeLessThan(1000);
    expect(recentCodes(SECRET)).toContain(code);
    await page.close();
  });

  it.each([
    ['a look-alike host', `${LOOK_ALIKE}/login`, true],
    ['an allowed origin no account links', `${UNLINKED}/login`, true],
    ['plain http', 'http://intranet.example.test/login', false],
  ])('fills nothing on %s', async (_, url, runs) => {
    expect(await visit(url)).toEqual({ injected: runs, value: '' });
  });

  it('offers a button while locked, and fills once the vault is unlocked', async () => {
    const locking = await browser.openPopup();
    await tap(locking, '[data-testid=lock]');
    await locking.close();
    const page = await browser.newPage();
    await serveLoginPage(page, `${LINKED}/login`);
    await page.waitForSelector('havencode-inline');
    const unlocking = await browser.openPopup();
    await unlockWithPin(unlocking);
    await unlocking.close();
    const filled = await waitForValue(page, '#code', 6);
    expect(recentCodes(SECRET)).toContain(filled);
    await page.close();
  });

  it('fills nothing once the link is removed', async () => {
    const options = await openOptions();
    await tap(options, '[data-account=jan] [data-testid=link] button');
    await options.waitForFunction(
      () => document.querySelectorAll('[data-account=jan] [data-testid=link]').length === 0,
    );
    // The test build requires the origin, so it stays granted, quietly.
    expect(await options.$$('[role=alert]')).toHaveLength(0);
    await options.close();
    expect(await visit(`${LINKED}/login`)).toEqual({ injected: true, value: '' });
  });
});

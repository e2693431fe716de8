/**
 * The PWA in real Chromium, served as it ships: setup with a PIN, add by URI,
 * the code equals oathtool's, lock and unlock with the PIN; a passkey vault
 * (virtual authenticator with PRF) that proves the user again before adding
 * a passkey; the precache only once a vault exists; offline reload after the first visit; installability by CDP;
 * the first-load JavaScript budget.
 */
import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fr } from '../../core/i18n/fr.ts';
import { nl } from '../../core/i18n/nl.ts';
import { launchBrowser, type TestBrowser } from '../harness/browser.ts';
import { addVirtualAuthenticator } from '../harness/webauthn.ts';
import {
  addByUri,
  clickTestId,
  measureGzip,
  readCode,
  recordScripts,
  servePwa,
  setUpWithPin,
  runOathtool,
  typeInto,
  waitForServiceWorker,
  type ServedPwa,
} from './pwa-helpers.ts';

const SECRET = 'JBSWY3DPEHPK3PXP';
const URI = `otpauth://totp/C-point:W12345?secret=${SECRET}&issuer=C-point`;
const PIN = '135790';
const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
/** The budget: first load without the scanner. */
const FIRST_LOAD_BUDGET = 50 * 1024;

let pwa: ServedPwa;
let chromium: TestBrowser;

beforeAll(async () => {
  pwa = await servePwa();
  chromium = await launchBrowser({ extension: false, lang: 'nl' });
});

afterAll(async () => {
  await chromium?.close();
  await pwa?.close();
});

/** The code on screen equals oathtool's for the time it was read (either side of a step). */
async function expectOathtoolCode(page: Page): Promise<void> {
  const before = Date.now();
  const shown = await readCode(page, 'C-point');
  const after = Date.now();
  expect([runOathtool(SECRET, before), runOathtool(SECRET, after)]).toContain(shown);
}

async function unlockWithPin(page: Page): Promise<void> {
  await typeInto(page, 'unlock-pin', PIN);
  await clickTestId(page, 'unlock-submit');
}

describe('PWA', () => {
  let page: Page;
  let scripts: string[];

  it('loads within the first-load budget, without the scanner, in the browser language', async () => {
    page = await chromium.newPage();
    scripts = recordScripts(page);
    await page.goto(pwa.url);
    await page.waitForSelector('[data-testid="setup-pin"]');
    await page.waitForFunction(() => document.documentElement.lang === 'nl');
    expect(await page.$eval('[data-testid="setup-submit"]', (el) => el.textContent)).toBe(
      nl['setup.submit'],
    );
    expect(scripts.some((url) => /qr-worker|scanner|reader|jsQR/.test(url))).toBe(false);
    const bytes = await measureGzip(pwa.dir, scripts, pwa.url);
    console.log(`PWA first load: ${scripts.length} scripts, ${(bytes / 1024).toFixed(1)} kB gzip`);
    expect(bytes).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
  });

  it('leaves the precache until there is a vault to keep offline, then installs it', async () => {
    // Past the load event, when the service worker used to be registered.
    await page.evaluate(() => new Promise((done) => setTimeout(done, 500)));
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations())).toHaveLength(0);
    await setUpWithPin(page, PIN);
    await waitForServiceWorker(page);
  });

  it('adds by URI and shows the code oathtool computes', async () => {
    await addByUri(page, URI);
    await expectOathtoolCode(page);
  });

  it('locks, refuses a wrong PIN with an alert, and unlocks with the right one', async () => {
    await clickTestId(page, 'lock');
    await typeInto(page, 'unlock-pin', '000000');
    await clickTestId(page, 'unlock-submit');
    await page.waitForSelector('[role="alert"]');
    await unlockWithPin(page);
    await expectOathtoolCode(page);
  });

  it('keeps the chosen auto-lock time in the vault', async () => {
    await clickTestId(page, 'backup-open');
    const select = await page.waitForSelector('[data-testid="auto-lock"]');
    expect(await select!.evaluate((el) => (el as HTMLSelectElement).value)).toBe('5');
    await page.select('[data-testid="auto-lock"]', '1');
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-testid="auto-lock"]') as HTMLSelectElement).value === '1',
    );
    await clickTestId(page, 'lock');
    await unlockWithPin(page);
    await clickTestId(page, 'backup-open');
    const again = await page.waitForSelector('[data-testid="auto-lock"]');
    expect(await again!.evaluate((el) => (el as HTMLSelectElement).value)).toBe('1');
    await clickTestId(page, 'backup-open');
  });

  it('is installable: CDP reports no installability errors', async () => {
    await waitForServiceWorker(page);
    const session = await page.createCDPSession();
    const { installabilityErrors } = await session.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    await session.detach();
  });

  it('reloads offline after the first visit and unlocks there', async () => {
    await waitForServiceWorker(page);
    await page.setOfflineMode(true);
    try {
      await page.reload();
      await unlockWithPin(page);
      await expectOathtoolCode(page);
    } finally {
      await page.setOfflineMode(false);
    }
  });

  it('follows the language picker and keeps the choice across a reload', async () => {
    await page.select('select.language', 'fr');
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    await page.reload();
    await page.waitForSelector('[data-testid="unlock-pin"]');
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    expect(await page.$eval('[data-testid="unlock-submit"]', (el) => el.textContent)).toBe(
      fr['unlock.submit'],
    );
  });

  it('sets up with a passkey (WebAuthn PRF), locks, unlocks with it and proves with it to add one', async () => {
    const passkeyPage = await chromium.newPage();
    await passkeyPage.goto(pwa.url);
    await passkeyPage.evaluate(async () => {
      await new Promise((done) => (indexedDB.deleteDatabase('havencode').onsuccess = done));
    });
    await passkeyPage.reload();
    const authenticator = await addVirtualAuthenticator(passkeyPage);
    await clickTestId(passkeyPage, 'setup-passkey');
    await clickTestId(passkeyPage, 'recovery-done');
    await addByUri(passkeyPage, URI);
    await expectOathtoolCode(passkeyPage);
    await clickTestId(passkeyPage, 'lock');
    await clickTestId(passkeyPage, 'unlock-passkey');
    await expectOathtoolCode(passkeyPage);
    expect(await authenticator.listCredentials()).toHaveLength(1);
    // Without a PIN, a fresh passkey assertion proves the user before another passkey is made.
    await clickTestId(passkeyPage, 'backup-open');
    await clickTestId(passkeyPage, 'slot-passkey-add');
    await clickTestId(passkeyPage, 'reauth-passkey');
    await passkeyPage.waitForFunction(
      () => document.querySelectorAll('[data-testid="slot"][data-kind="passkey"]').length === 2,
    );
    expect(await authenticator.listCredentials()).toHaveLength(2);
    await passkeyPage.close();
  });

  it('tells an iPhone user in Safari to add the app to the home screen, until dismissed', async () => {
    const iphone = await chromium.newPage();
    await iphone.setUserAgent(IPHONE_SAFARI);
    await iphone.goto(pwa.url);
    const hint = await iphone.waitForSelector('.notice[role="note"]');
    expect(await hint!.evaluate((el) => el.textContent)).toContain(fr['pwa.iosInstall']);
    await iphone.click('.notice[role="note"] button');
    await iphone.reload();
    // The vault is the passkey one of the test before: no PIN field for a PIN it does not have.
    await iphone.waitForSelector('[data-testid="unlock-passkey"]');
    expect(await iphone.$('[data-testid="unlock-pin"]')).toBeNull();
    expect(await iphone.$('.notice[role="note"]')).toBeNull();
    await iphone.close();
  });

  it('offers a new version when one is deployed, and switches to it on request', async () => {
    // Any byte changed in sw.js is a new version to the browser.
    await appendFile(join(pwa.dir, 'sw.js'), '\n// the next version\n');
    await page.reload();
    const update = await page.waitForSelector('.notice button.primary');
    const waitingState = () =>
      page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state);
    expect(await waitingState()).toBe('installed');
    await page.evaluate(() => ((window as { beforeUpdate?: boolean }).beforeUpdate = true));
    await update!.click();
    // The page reloads into the new version: the marker is gone, nothing is waiting any more.
    await page.waitForFunction(
      () =>
        !(window as { beforeUpdate?: boolean }).beforeUpdate &&
        document.querySelector('[data-testid="unlock-passkey"]') !== null,
    );
    expect(await waitingState()).toBeUndefined();
    expect(await page.$('.notice button.primary')).toBeNull();
  });
});

import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoSites, type DemoSites } from '../sites/server.ts';
import {
  addUri,
  clickInlineButton,
  cpointUri,
  launchExtensionBrowser,
  PIN,
  recentCodes,
  setUpWithPin,
  settle,
  stopServiceWorkers,
  unlockWithPin,
  waitForValue,
  type ExtensionBrowser,
  tap,
} from './extension-helpers.ts';

// What survives what: a sleeping service worker keeps the vault open, a
// browser restart or the lock button closes it, and a locked field waits
// for the user to unlock and then gets its code.
const SECRET = 'JBSWY3DPEHPK3PXP';
/** A page with C-point's code field and nothing else. */
const CODE_PAGE = 'https://www.c-point.be/variant/frame';

let sites: DemoSites;
let ext: ExtensionBrowser;

beforeAll(async () => {
  sites = await startDemoSites();
  ext = await launchExtensionBrowser({ sites });
  const popup = await ext.openPopup();
  await setUpWithPin(popup);
  await addUri(popup, cpointUri('jdevos', SECRET));
  await popup.close();
});

afterAll(async () => {
  await ext.dispose();
  await sites.close();
});

async function openCodePage(): Promise<Page> {
  const page = await ext.browser.newPage();
  await page.goto(CODE_PAGE);
  return page;
}

/** Havencode's inline button is shown under the empty code field. */
async function expectPrompt(page: Page): Promise<void> {
  await page.waitForSelector('havencode-inline');
  await settle(page, 300);
  expect(await page.$eval('#otp', (e) => (e as HTMLInputElement).value)).toBe('');
}

async function openOptions(): Promise<Page> {
  const page = await ext.browser.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await page.waitForSelector('[data-testid=auto-lock]');
  return page;
}

async function saveSettings(options: Page, change: (page: Page) => Promise<void>): Promise<void> {
  // Puppeteer's clicks wait for a frame to render, which a background tab never does.
  await options.bringToFront();
  await change(options);
  await tap(options, '[data-testid=settings-save]');
  await options.waitForSelector('[data-testid=settings-saved]');
}

async function readClipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

describe('the options page', () => {
  it('wipes a copied code after the set seconds, also once the popup has closed', async () => {
    const options = await openOptions();
    await saveSettings(options, async (page) => {
      await page.$eval(
        '[data-testid=settings-clipboard]',
        (e) => ((e as HTMLInputElement).value = ''),
      );
      await page.type('[data-testid=settings-clipboard]', '1');
    });
    await ext.browser
      .defaultBrowserContext()
      .overridePermissions(`chrome-extension://${ext.extensionId}`, [
        'clipboard-read',
        'clipboard-sanitized-write',
      ]);
    const popup = await ext.openPopup();
    await tap(popup, '[data-testid=account-copy]');
    expect(recentCodes(SECRET)).toContain(await readClipboard(popup));
    await popup.close();
    // Only a focused page may read the clipboard.
    await options.bringToFront();
    await options.waitForFunction(() => navigator.clipboard.readText().then((t) => t === ''), {
      timeout: 3000,
      polling: 100,
    });
    await options.close();
  });

  it("with auto-fill off, the code waits for a click on 'Vul code in'", async () => {
    const options = await openOptions();
    await saveSettings(options, (page) => tap(page, '[data-testid=settings-autofill]'));
    const page = await openCodePage();
    await expectPrompt(page);
    await clickInlineButton(page, '#otp');
    const filled = await waitForValue(page, '#otp', 6);
    expect(recentCodes(SECRET)).toContain(filled);
    await saveSettings(options, (p) => tap(p, '[data-testid=settings-autofill]'));
    await Promise.all([page.close(), options.close()]);
  });

  it('changes the PIN after the current one and a repeat: the new one unlocks, the old one no longer does', async () => {
    const options = await openOptions();
    // The field appears once the slot list has loaded (a vault with a PIN).
    await options.waitForSelector('[data-testid=slot-pin-current]');
    await options.type('[data-testid=slot-pin-current]', PIN);
    await options.type('[data-testid=slot-pin]', '135792');
    await options.type('[data-testid=slot-pin-confirm]', '135792');
    await tap(options, '[data-testid=slot-pin-save]');
    await options.waitForFunction(
      () => document.querySelector<HTMLInputElement>('[data-testid=slot-pin]')?.value === '',
    );
    const popup = await ext.openPopup();
    await tap(popup, '[data-testid=lock]');
    await popup.type('[data-testid=unlock-pin]', PIN);
    await tap(popup, '[data-testid=unlock-submit]');
    await popup.waitForSelector('[role=alert]');
    await popup.reload();
    await popup.type('[data-testid=unlock-pin]', '135792');
    await tap(popup, '[data-testid=unlock-submit]');
    await popup.waitForSelector('[data-testid=add-open]');
    // Back to the PIN the other tests use.
    await options.bringToFront();
    await options.reload();
    await options.waitForSelector('[data-testid=slot-pin]');
    await options.type('[data-testid=slot-pin-current]', '135792');
    await options.type('[data-testid=slot-pin]', PIN);
    await options.type('[data-testid=slot-pin-confirm]', PIN);
    await tap(options, '[data-testid=slot-pin-save]');
    await options.waitForFunction(
      () => document.querySelector<HTMLInputElement>('[data-testid=slot-pin]')?.value === '',
    );
    await Promise.all([popup.close(), options.close()]);
  });
});

describe('the unlocked vault', () => {
  it('stays open after the popup closed and the service worker was stopped', async () => {
    await stopServiceWorkers(ext.browser);
    const page = await openCodePage();
    const filled = await waitForValue(page, '#otp', 6);
    expect(recentCodes(SECRET)).toContain(filled);
    await page.close();
  });

  it('closes with the lock button: the field then waits with a prompt', async () => {
    const popup = await ext.openPopup();
    await tap(popup, '[data-testid=lock]');
    await popup.waitForSelector('[data-testid=unlock-pin]');
    await popup.close();
    const page = await openCodePage();
    await expectPrompt(page);
    await page.close();
  });
});

describe('a browser restart', () => {
  it("locks; 'Vul code in' opens unlock, and the waiting field gets its code", async () => {
    // Unlock, then restart the browser on the same profile.
    const popup = await ext.openPopup();
    await unlockWithPin(popup);
    await ext.close();
    ext = await launchExtensionBrowser({ sites, userDataDir: ext.userDataDir });

    const page = await openCodePage();
    await expectPrompt(page);
    const before = new Set(ext.browser.targets());
    await clickInlineButton(page, '#otp');
    const unlockTarget = await ext.browser.waitForTarget(
      (t) => !before.has(t) && t.url().includes('/popup.html'),
    );
    const unlockPage = await unlockTarget.asPage();
    await unlockWithPin(unlockPage);
    const filled = await waitForValue(page, '#otp', 6);
    expect(recentCodes(SECRET)).toContain(filled);
    await page.close();
  });
});

/**
 * Kiosk mode where the administrator allows PINs and export: a worker
 * without a security key protects their vault with a PIN, unlocks with it,
 * and can make a backup. The options page defers to the administrator.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../harness/browser.ts';
import type { TestBrowser } from '../harness/browser.ts';
import { manageExtension } from '../harness/managed-policy.ts';
import type { ManagedExtension } from '../harness/managed-policy.ts';

const PIN = '739164';
const URI = 'otpauth://totp/C-point:marie?secret=JBSWY3DPEHPK3PXP&issuer=C-point';

let managed: ManagedExtension;
let chromium: TestBrowser;
let popup: Page;

beforeAll(async () => {
  managed = await manageExtension({
    kiosk: true,
    allowPinSlots: true,
    allowExport: true,
    listWorkers: true,
  });
  chromium = await launchBrowser({ extension: managed.dir, lang: 'nl' });
  popup = await chromium.openPopup();
  await popup.waitForSelector('[data-testid=profile-pin]', { timeout: 20_000 });
});

afterAll(async () => {
  await chromium?.close();
  await managed?.remove();
});

describe('kiosk mode with PINs and export allowed', () => {
  it('lets a worker choose a PIN, unlock with it, and export', async () => {
    await popup.type('[data-testid=profile-name]', 'Marie');
    await popup.type('[data-testid=profile-pin]', PIN);
    await popup.click('[data-testid=profile-add]');
    await (await popup.waitForSelector('[data-testid=recovery-done]'))!.click();
    await (await popup.waitForSelector('[data-testid=add-open]'))!.click();
    await popup.type('[data-testid=add-uri]', URI);
    await popup.click('[data-testid=add-submit]');
    await popup.waitForSelector('[data-testid=account]');
    expect(await popup.$('[data-testid=backup-export]')).not.toBeNull();

    await popup.click('[data-testid=lock]');
    // A small site's policy lists the workers: Marie is there without typing.
    await (await popup.waitForSelector('[data-testid=profile][data-name="Marie"]'))!.click();
    await popup.type('[data-testid=unlock-pin]', '000000');
    await popup.click('[data-testid=unlock-submit]');
    const alert = await popup.waitForSelector('[role=alert]');
    expect(await alert!.evaluate((e) => e.textContent)).toMatch(/^Verkeerde pincode\./);
    await popup.$eval('[data-testid=unlock-pin]', (e) => ((e as HTMLInputElement).value = ''));
    await popup.type('[data-testid=unlock-pin]', PIN);
    await popup.click('[data-testid=unlock-submit]');
    const account = await popup.waitForSelector('[data-testid=account]');
    expect(await account!.evaluate((e) => e.getAttribute('data-account'))).toBe('marie');
  });

  it('shows no personal settings on the options page', async () => {
    const options = await chromium.newPage();
    await options.goto(`chrome-extension://${chromium.extensionId}/options.html`);
    const text = await options.waitForSelector('p.panel');
    expect(await text!.evaluate((e) => e.textContent)).toContain('kioskmodus');
    expect(await options.$('[data-testid=backup-export]')).toBeNull();
  });
});

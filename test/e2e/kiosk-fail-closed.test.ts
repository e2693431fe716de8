/**
 * Kiosk policy fails closed (issue 13, point 6): the administrator wrote
 * `"kiosk": "yes"`. Chromium drops the wrongly typed value before the
 * extension sees it, so only `idleSeconds` arrives — and that still means a
 * kiosk, with the strictest values, never a personal browser where a PIN
 * vault could be made or exported. Its recovery key for IT is mistyped too:
 * the lock screen says so where a worker would be added, and adds no one
 * (their vault would lack the recovery the policy promises).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nl } from '../../core/i18n/nl.ts';
import { launchBrowser } from '../harness/browser.ts';
import type { TestBrowser } from '../harness/browser.ts';
import { manageExtension } from '../harness/managed-policy.ts';
import type { ManagedExtension } from '../harness/managed-policy.ts';
import { openPopupWatchingForPersonalMode } from './kiosk-helpers.ts';

let managed: ManagedExtension;
let chromium: TestBrowser;

beforeAll(async () => {
  managed = await manageExtension({
    kiosk: 'yes',
    idleSeconds: 60,
    adminRecoveryKey: 'not a key',
  });
  chromium = await launchBrowser({ extension: managed.dir, lang: 'nl' });
});

afterAll(async () => {
  await chromium?.close();
  await managed?.remove();
});

describe('a malformed kiosk policy', () => {
  it('means kiosk mode, security keys only, from the first moment', async () => {
    const { popup, personalSeen } = await openPopupWatchingForPersonalMode(chromium);
    expect(personalSeen).toBe(false);
    // The strictest values for what the policy left out: no PIN instead of a key.
    expect(await popup.$('[data-testid=profile-pin]')).toBeNull();
  });

  it("says that IT's recovery key is no key, and adds no worker until it is fixed", async () => {
    const popup = await chromium.openPopup();
    await popup.waitForSelector('[data-testid=worker-search]', { timeout: 20_000 });
    const alert = await popup.waitForSelector('section[aria-labelledby=kiosk-new] [role=alert]');
    expect(await alert!.evaluate((el) => el.textContent)).toBe(nl['errors.kiosk/bad-admin-key']);
    expect(
      await popup.$eval('[data-testid=profile-add]', (b) => (b as HTMLButtonElement).disabled),
    ).toBe(true);
    await popup.close();
  });
});

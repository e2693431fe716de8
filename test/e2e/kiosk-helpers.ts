/** What the kiosk browser tests share: workers with their own virtual security keys, and C-point's code page. */
import type { Page } from 'puppeteer-core';
import type { TestBrowser } from '../harness/browser.ts';
import { addVirtualAuthenticator } from '../harness/webauthn.ts';
import type { VirtualAuthenticator } from '../harness/webauthn.ts';
import type { DemoSites } from '../sites/server.ts';

/** A popup driven as the kiosk's workers, each holding only their own key. */
export interface KioskWorkers {
  enrol(name: string, uri: string): Promise<void>;
  unlock(name: string): Promise<void>;
}

/** Workers on `popup` (the popup page may be replaced: pass a getter). */
export function kioskWorkers(popup: () => Page): KioskWorkers {
  const keys: Record<string, VirtualAuthenticator> = {};
  // Only this worker's key answers, as if only they held theirs to the PC.
  const presentKey = async (name: string) => {
    for (const [owner, key] of Object.entries(keys)) {
      await key.session.send('WebAuthn.setAutomaticPresenceSimulation', {
        authenticatorId: key.id,
        enabled: owner === name,
      });
    }
  };
  return {
    async enrol(name, uri) {
      const page = popup();
      keys[name] = await addVirtualAuthenticator(page, { transport: 'usb' });
      await presentKey(name);
      await page.type('[data-testid=profile-name]', name);
      await page.click('[data-testid=profile-add]');
      await (await page.waitForSelector('[data-testid=recovery-done]'))!.click();
      await (await page.waitForSelector('[data-testid=add-open]'))!.click();
      await page.type('[data-testid=add-uri]', uri);
      await page.click('[data-testid=add-submit]');
      await page.waitForSelector('[data-testid=account]');
      await page.click('[data-testid=lock]');
      await page.waitForSelector('[data-testid=profile]');
    },
    async unlock(name) {
      const page = popup();
      await presentKey(name);
      await page.click(`[data-testid=profile][data-name="${name}"]`);
      await page.waitForSelector('[data-testid=account]');
    },
  };
}

/** A new tab at C-point's code step for user jan (password 'haven'). */
export async function cpointCodePage(chromium: TestBrowser, sites: DemoSites): Promise<Page> {
  const page = await chromium.newPage();
  await page.goto(`${sites.origin('www.c-point.be')}/nl/login`);
  await page.type('#username', 'jan');
  await page.type('#password', 'haven');
  await page.click('input[name=method][value=app]');
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  await page.waitForSelector('#otp');
  return page;
}

/** What C-point's code field holds. */
export const otpValue = (page: Page) =>
  page.$eval('#otp', (field) => (field as HTMLInputElement).value);

/** Waits `ms` (a fill that should not come gets this long to come). */
export const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Watches the popup from the moment it opens until kiosk mode shows, and
 * says whether anything of personal mode (vault setup with a PIN or passkey,
 * the PIN unlock) was on screen meanwhile.
 */
export async function openPopupWatchingForPersonalMode(
  chromium: TestBrowser,
): Promise<{ popup: Page; personalSeen: boolean; kioskAfterMs: number }> {
  const started = Date.now();
  const page = await chromium.browser.newPage();
  let personalSeen = false;
  const url = `chrome-extension://${chromium.extensionId}/popup.html`;
  // Not awaited: what shows while the page loads is the point.
  const loading = page.goto(url);
  for (;;) {
    const seen = await page
      .evaluate(() => ({
        personal:
          document.querySelector(
            '[data-testid=setup-pin],[data-testid=setup-passkey],[data-testid=unlock-pin]',
          ) !== null,
        kiosk: document.querySelector('[data-testid=profile-name]') !== null,
      }))
      .catch(() => ({ personal: false, kiosk: false })); // the page may be reloading
    personalSeen ||= seen.personal;
    if (seen.kiosk) {
      await loading;
      return { popup: page, personalSeen, kioskAfterMs: Date.now() - started };
    }
    if (Date.now() - started > 20_000) throw new Error('kiosk mode never showed');
    await pause(25);
  }
}

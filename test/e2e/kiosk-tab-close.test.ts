/**
 * Shift hand-over (issue 16) in real Chromium with a managed policy file:
 * with `lockOnTabClose` (on by default in kiosk mode), closing the last
 * C-point or MyCepa tab locks the worker's vault; closing one of two does not.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOtpauthUri } from '../../core/uri/index.ts';
import { launchBrowser } from '../harness/browser.ts';
import type { TestBrowser } from '../harness/browser.ts';
import { manageExtension } from '../harness/managed-policy.ts';
import type { ManagedExtension } from '../harness/managed-policy.ts';
import { startDemoSites } from '../sites/server.ts';
import type { DemoSites } from '../sites/server.ts';
import { kioskWorkers, pause } from './kiosk-helpers.ts';

const JAN = 'otpauth://totp/C-point:jan?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=C-point';

let sites: DemoSites;
let chromium: TestBrowser;
let popup: Page;
let managed: ManagedExtension;
const workers = kioskWorkers(() => popup);

/** A C-point tab at its login page (no code field: nothing fills, the vault stays open). */
async function openCpoint(): Promise<Page> {
  const page = await chromium.newPage();
  await page.goto(`${sites.origin('www.c-point.be')}/nl/login`);
  return page;
}

beforeAll(async () => {
  managed = await manageExtension({ kiosk: true });
  sites = await startDemoSites();
  sites.users.addCpointUser({
    username: 'jan',
    password: 'haven',
    email: 'jan@example.be',
    totpSecret: parseOtpauthUri(JAN).secret,
  });
  chromium = await launchBrowser({ extension: managed.dir, sites, lang: 'nl' });
  popup = await chromium.openPopup();
  await popup.waitForSelector('[data-testid=worker-search]', { timeout: 20_000 });
  await workers.enrol('Jan', JAN);
});

afterAll(async () => {
  await chromium?.close();
  await sites?.close();
  await managed?.remove();
});

describe('lockOnTabClose', () => {
  it('keeps the vault open while a site tab is left', async () => {
    const [first, second] = [await openCpoint(), await openCpoint()];
    await popup.bringToFront();
    await workers.unlock('Jan');
    await first.close();
    await pause(1500);
    expect(await popup.$('[data-testid=account]')).not.toBeNull();

    await second.close();
    // The last C-point tab closed: locked, the popup is back at the lock screen.
    await popup.waitForSelector('[data-testid=worker-search]', { timeout: 5_000 });
    expect(await popup.$('[data-testid=account]')).toBeNull();
  });
});

/**
 * Kiosk mode at port scale (issue 16) in real Chromium with a managed
 * policy file: 500 workers on one PC. Nobody's name is on the lock screen
 * until typed in full; the whole name or the werkboeknummer finds exactly
 * that worker, and a real worker among them unlocks with their own key.
 * (Timings are measured in `npm run bench`, test/bench/kiosk.bench.ts.)
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../harness/browser.ts';
import type { TestBrowser } from '../harness/browser.ts';
import { manageExtension } from '../harness/managed-policy.ts';
import type { ManagedExtension } from '../harness/managed-policy.ts';
import { findWorker, kioskWorkers, searchWorkers, seedWorkers } from './kiosk-helpers.ts';

const JAN = 'otpauth://totp/C-point:jan?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=C-point';
const SEEDED = Array.from({ length: 499 }, (_, i) => `Werknemer ${i} ${700000 + i}`);

let managed: ManagedExtension;
let chromium: TestBrowser;
let popup: Page;
const workers = kioskWorkers(() => popup);

beforeAll(async () => {
  managed = await manageExtension({ kiosk: true });
  chromium = await launchBrowser({ extension: managed.dir, lang: 'nl' });
  popup = await chromium.openPopup();
  await popup.waitForSelector('[data-testid=worker-search]', { timeout: 20_000 });
  await workers.enrol('Jan Peeters 654321', JAN);
  await seedWorkers(popup, SEEDED);
  await popup.reload();
  await popup.waitForSelector('[data-testid=worker-search]');
}, 60_000);

afterAll(async () => {
  await chromium?.close();
  await managed?.remove();
});

describe('a kiosk with 500 workers', () => {
  it('shows nobody until a whole name or number is typed', async () => {
    expect(await popup.$$('[data-testid=profile]')).toHaveLength(0);
    // Found by number: the 500 vaults are listed by now, so an empty answer below means hidden.
    await findWorker(popup, 'Werknemer 3 700003');
    expect(await searchWorkers(popup, 'Werknemer')).toEqual([]);
    expect(await searchWorkers(popup, '7001')).toEqual([]);
  });

  it('finds a worker by werkboeknummer or whole name', async () => {
    expect(await searchWorkers(popup, '700123')).toEqual(['Werknemer 123 700123']);
    expect(await searchWorkers(popup, 'werknemer 498 700498')).toEqual(['Werknemer 498 700498']);
    expect(await searchWorkers(popup, '654321')).toEqual(['Jan Peeters 654321']);
  });

  it('unlocks the real worker among them with their own key', async () => {
    await workers.unlock('Jan Peeters 654321');
    const issuers = await popup.$$eval('[data-testid=account]', (items) =>
      items.map((i) => i.getAttribute('data-issuer')),
    );
    expect(issuers).toEqual(['C-point']);
    await popup.click('[data-testid=lock]');
    // The next worker does not see who was here: the search is empty again.
    const search = await popup.waitForSelector('[data-testid=worker-search]');
    expect(await search!.evaluate((e) => (e as HTMLInputElement).value)).toBe('');
    expect(await popup.$$('[data-testid=profile]')).toHaveLength(0);
  });
});

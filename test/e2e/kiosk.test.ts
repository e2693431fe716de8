/**
 * Kiosk mode in real Chromium: the administrator's policy comes from a
 * managed-policy file in Chromium's system policy directory (as a Windows
 * registry policy would), two workers enrol with their own virtual security
 * keys, each gets only their own code filled, and the vault locks after the
 * fill, after idle time and on 'forget me'.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCode } from '../../core/otp/index.ts';
import { parseOtpauthUri } from '../../core/uri/index.ts';
import { launchBrowser } from '../harness/browser.ts';
import type { TestBrowser } from '../harness/browser.ts';
import { manageExtension } from '../harness/managed-policy.ts';
import type { ManagedExtension } from '../harness/managed-policy.ts';
import { startDemoSites } from '../sites/server.ts';
import type { DemoSites } from '../sites/server.ts';
import {
  cpointCodePage as openCpointCodePage,
  kioskWorkers,
  otpValue,
  searchWorkers,
} from './kiosk-helpers.ts';

const IDLE_SECONDS = 15;
const JAN = 'otpauth://totp/C-point:jan?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=C-point';
const PIET =
  'otpauth://totp/MyCepa:654321?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=MyCepa&digits=10';

let sites: DemoSites;
let chromium: TestBrowser;
let popup: Page;
let managed: ManagedExtension;
const workers = kioskWorkers(() => popup);
const cpointCodePage = () => openCpointCodePage(chromium, sites);

beforeAll(async () => {
  managed = await manageExtension({ kiosk: true, idleSeconds: IDLE_SECONDS });
  sites = await startDemoSites();
  sites.users.addCpointUser({
    username: 'jan',
    password: 'haven',
    email: 'jan@example.be',
    totpSecret: parseOtpauthUri(JAN).secret,
  });
  chromium = await launchBrowser({ extension: managed.dir, sites, lang: 'nl' });
  popup = await chromium.openPopup();
  // Chromium loads policies shortly after start; the popup switches to kiosk mode when they arrive.
  await popup.waitForSelector('[data-testid=profile-name]', { timeout: 20_000 });
});

afterAll(async () => {
  await chromium?.close();
  await sites?.close();
  await managed?.remove();
});

describe('kiosk mode', () => {
  it('enrols two workers, each with their own security key', async () => {
    await workers.enrol('Jan', JAN);
    await workers.enrol('Piet', PIET);
    // Nobody's name on screen until it is typed in full.
    expect(await popup.$('[data-testid=profile]')).toBeNull();
    expect(await searchWorkers(popup, 'Pi')).toEqual([]);
    expect(await searchWorkers(popup, 'piet')).toEqual(['Piet']);
    expect(await searchWorkers(popup, 'Jan')).toEqual(['Jan']);
    // Locked down by default: no PIN instead of a key.
    expect(await popup.$('[data-testid=profile-pin]')).toBeNull();
  });

  it('shows a worker only their own accounts', async () => {
    await workers.unlock('Piet');
    const issuers = await popup.$$eval('[data-testid=account]', (items) =>
      items.map((i) => i.getAttribute('data-issuer')),
    );
    expect(issuers).toEqual(['MyCepa']);
    // No export unless the administrator allows it.
    expect(await popup.$('[data-testid=backup-export]')).toBeNull();
    await popup.click('[data-testid=lock]');
    await popup.waitForSelector('[data-testid=worker-search]');
  });

  it("fills only the unlocked worker's code, then locks", async () => {
    await workers.unlock('Piet');
    const notJan = await cpointCodePage();
    await new Promise((done) => setTimeout(done, 1500));
    expect(await otpValue(notJan)).toBe('');
    await notJan.close();
    // The last C-point tab closed: lockOnTabClose (on by default) locked Piet's vault.
    await popup.waitForSelector('[data-testid=worker-search]', { timeout: 5_000 });

    await workers.unlock('Jan');
    const page = await cpointCodePage();
    await page.waitForFunction(
      () => (document.querySelector('#otp') as HTMLInputElement).value.length === 6,
    );
    // The code of now or of 5 s ago: the fill may fall just before a 30 s step.
    const filled = await otpValue(page);
    expect(
      [Date.now(), Date.now() - 5000].map((now) => generateCode(parseOtpauthUri(JAN), { now })),
    ).toContain(filled);
    // Locked right after the fill: the popup is back at the list of workers.
    await popup.waitForSelector('[data-testid=worker-search]', { timeout: 5_000 });
    const again = await cpointCodePage();
    await new Promise((done) => setTimeout(done, 1500));
    expect(await otpValue(again)).toBe('');
    await Promise.all([page.close(), again.close()]);
  });

  it('locks after the idle time the administrator set', async () => {
    await workers.unlock('Jan');
    await new Promise((done) => setTimeout(done, (IDLE_SECONDS + 2) * 1000));
    const page = await cpointCodePage();
    await new Promise((done) => setTimeout(done, 1500));
    expect(await otpValue(page)).toBe('');
    await popup.waitForSelector('[data-testid=worker-search]', { timeout: 5_000 });
    await page.close();
  }, 60_000);

  it('forgets a worker completely', async () => {
    await workers.unlock('Piet');
    await popup.click('[data-testid=forget-me]');
    await popup.click('[data-testid=confirm-yes]');
    await popup.waitForSelector('[data-testid=worker-search]');
    expect(await searchWorkers(popup, 'Piet')).toEqual([]);
    expect(await searchWorkers(popup, 'Jan')).toEqual(['Jan']);
    // Nothing of Piet's is left in the database: no profile row, no sealed record.
    const rows = await popup.evaluate(
      () =>
        new Promise<{ profiles: string[]; recordVaults: string[] }>((resolve, reject) => {
          const open = indexedDB.open('havencode');
          open.onerror = () => reject(new Error('cannot open the vault database'));
          open.onsuccess = () => {
            const tx = open.result.transaction(['profiles', 'records']);
            const profiles = tx.objectStore('profiles').getAll();
            const records = tx.objectStore('records').getAllKeys();
            tx.oncomplete = () =>
              resolve({
                profiles: (profiles.result as { id: string; name: string }[]).map(
                  (p) => `${p.id}:${p.name}`,
                ),
                recordVaults: (records.result as [string, string][]).map(([vault]) => vault),
              });
          };
        }),
    );
    expect(rows.profiles).toHaveLength(1);
    expect(rows.profiles[0]).toMatch(/:Jan$/);
    const janId = rows.profiles[0]!.split(':')[0];
    expect(rows.recordVaults.every((vault) => vault === janId)).toBe(true);
  });

  it('locks after the idle time also when the worker closed the popup', async () => {
    await workers.unlock('Jan');
    // Only the background keeps time now: its alarm, and the deadline it checks before a fill.
    await popup.close();
    await new Promise((done) => setTimeout(done, (IDLE_SECONDS + 2) * 1000));
    const page = await cpointCodePage();
    await new Promise((done) => setTimeout(done, 1500));
    expect(await otpValue(page)).toBe('');
    popup = await chromium.openPopup();
    await popup.waitForSelector('[data-testid=worker-search]');
    expect(await popup.$('[data-testid=account]')).toBeNull();
    await page.close();
  }, 60_000);
});

/**
 * Workers who left, and shift hand-over (issue 16), in real Chromium with a
 * managed policy file: `forgetAfterDays` removes a vault unused that long
 * when the kiosk starts (the popup's clock is shifted, see README "Test
 * hooks"), the lock screen says when a vault will be forgotten, and after
 * forgetting by policy or by 'Vergeet mij' a raw dump of everything the
 * extension keeps (IndexedDB, chrome.storage) holds no trace of that worker.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../harness/browser.ts';
import type { TestBrowser } from '../harness/browser.ts';
import { manageExtension } from '../harness/managed-policy.ts';
import type { ManagedExtension } from '../harness/managed-policy.ts';
import {
  byteTraces,
  dumpStorage,
  findWorker,
  kioskWorkers,
  searchWorkers,
  shiftPopupClock,
} from './kiosk-helpers.ts';

const DAY = 86_400_000;
const JAN = 'otpauth://totp/C-point:jan?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=C-point';
const PIET =
  'otpauth://totp/MyCepa:654321?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=MyCepa&digits=10';

let managed: ManagedExtension;
let chromium: TestBrowser;
let popup: Page;
const workers = kioskWorkers(() => popup);

/** A worker's vault row as dumped, and every trace of it: id, name, bytes. */
async function tracesOf(name: string): Promise<string[]> {
  const dump = JSON.parse(await dumpStorage(popup)) as {
    indexedDB: { havencode: { profiles: { values: { id: string; name: string }[] } } };
  };
  const row = dump.indexedDB.havencode.profiles.values.find((p) => p.name === name);
  if (row === undefined) throw new Error(`${name} is not in the dump`);
  return [row.id, `"${name}"`, ...byteTraces(row)];
}

const forgetText = async (name: string) =>
  (await findWorker(popup, name)).evaluate(
    (button) =>
      button.parentElement?.querySelector('[data-testid=profile-forget-date]')?.textContent,
  );

const longDate = (at: number) => new Intl.DateTimeFormat('nl', { dateStyle: 'long' }).format(at);

beforeAll(async () => {
  managed = await manageExtension({ kiosk: true, forgetAfterDays: 30 });
  chromium = await launchBrowser({ extension: managed.dir, lang: 'nl' });
  popup = await chromium.openPopup();
  await popup.waitForSelector('[data-testid=worker-search]', { timeout: 20_000 });
});

afterAll(async () => {
  await chromium?.close();
  await managed?.remove();
});

describe('forgetting workers', () => {
  it('says when an unused vault will be forgotten', async () => {
    await workers.enrol('Jan', JAN);
    await workers.enrol('Piet', PIET);
    expect(await forgetText('Jan')).toBe(
      `Wordt vergeten op ${longDate(Date.now() + 30 * DAY)} als je Havencode hier niet eerder gebruikt.`,
    );
  });

  it('moves the date on when the worker uses their vault', async () => {
    await shiftPopupClock(popup, 20 * DAY);
    await workers.unlock('Piet');
    await popup.click('[data-testid=lock]');
    await popup.waitForSelector('[data-testid=worker-search]');
    expect(await forgetText('Piet')).toContain(longDate(Date.now() + 50 * DAY));
    expect(await forgetText('Jan')).toContain(longDate(Date.now() + 30 * DAY));
  });

  it('removes a vault unused for forgetAfterDays at start-up, leaving no trace', async () => {
    const jan = await tracesOf('Jan');
    const piet = await tracesOf('Piet');
    await shiftPopupClock(popup, 31 * DAY);
    // Piet found first: the vaults are listed (and Jan's forgotten) by then.
    await findWorker(popup, 'Piet');
    expect(await searchWorkers(popup, 'Jan')).toEqual([]);
    const dump = await dumpStorage(popup);
    expect(jan.filter((trace) => dump.includes(trace))).toEqual([]);
    // The dump does hold what is left: it would have found Jan.
    expect(piet.every((trace) => dump.includes(trace))).toBe(true);
  });

  it("leaves no trace of a worker after 'Vergeet mij'", async () => {
    const piet = await tracesOf('Piet');
    await workers.unlock('Piet');
    await popup.click('[data-testid=forget-me]');
    await popup.click('[data-testid=confirm-yes]');
    await popup.waitForSelector('[data-testid=worker-search]');
    expect(await searchWorkers(popup, 'Piet')).toEqual([]);
    const dump = await dumpStorage(popup);
    expect(piet.filter((trace) => dump.includes(trace))).toEqual([]);
  });
});

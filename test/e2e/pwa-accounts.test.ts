/**
 * The PWA's account list and backups in real Chromium: import a plain
 * otpauth list, search, reorder (kept after lock and unlock), rename, delete
 * with confirmation and undo, an encrypted backup that restores every code
 * into a fresh vault, and a plain export only after the current PIN.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from '../harness/browser.ts';
import {
  clickTestId,
  readCode,
  runOathtool,
  servePwa,
  setUpWithPin,
  typeInto,
  type ServedPwa,
} from './pwa-helpers.ts';

const PIN = '135790';
const ISSUERS = ['C-point', 'MyCepa', 'Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo'];
const SECRETS = [
  'JBSWY3DPEHPK3PXP',
  'GEZDGNBVGY3TQOJQ',
  'KRSXG5CTMVRXEZLU',
  'MFRGGZDFMZTWQ2LK',
  'ONSWG4TFOQYTEMZU',
  'NBSWY3DPO5XXE3DE',
  'MZXW6YTBOI======',
];
const LINES = ISSUERS.map(
  (issuer, i) => `otpauth://totp/${issuer}:W1000${i}?secret=${SECRETS[i]}&issuer=${issuer}`,
).join('\n');

let pwa: ServedPwa;
let chromium: TestBrowser;
let page: Page;
let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'havencode-pwa-backup-'));
  pwa = await servePwa();
  chromium = await launchBrowser({ extension: false, lang: 'nl' });
  page = await chromium.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: work });
  await page.goto(pwa.url);
  await setUpWithPin(page, PIN);
});

afterAll(async () => {
  await chromium?.close();
  await pwa?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

/** Opens the account's ⋮ menu and picks the item with this data-testid. */
async function inMenu(account: string, testId: string): Promise<void> {
  await page.click(`${account} [data-testid="account-menu"]`);
  await page.locator(`${account} [data-testid="${testId}"]`).click();
}

/** The issuers of the accounts on screen, top to bottom. */
function listIssuers(): Promise<string[]> {
  return page.$$eval('[data-testid="account"]', (items) =>
    items.map((item) => item.getAttribute('data-issuer') ?? ''),
  );
}

async function importFile(path: string, passphrase?: string): Promise<void> {
  const input = await page.waitForSelector('input[data-testid="backup-import-file"]');
  await input!.uploadFile(path);
  if (passphrase) await typeInto(page, 'backup-import-passphrase', passphrase);
  await clickTestId(page, 'backup-import');
  await page.waitForSelector('.panel [role="status"]');
}

/** A file the app saved (not the list.txt this test wrote itself). */
const isExport = (name: string, suffix: string) =>
  name.startsWith('havencode-') && name.endsWith(suffix);

/** Waits for a file the app saved to appear in the download folder and returns its text. */
async function waitForDownload(suffix: string): Promise<string> {
  for (;;) {
    const name = (await readdir(work)).find((f) => isExport(f, suffix));
    if (name) return readFile(join(work, name), 'utf8');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('PWA accounts and backups', () => {
  it('imports an otpauth list from a file', async () => {
    const file = join(work, 'list.txt');
    await writeFile(file, LINES);
    await clickTestId(page, 'backup-open');
    await importFile(file);
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="account"]').length === n,
      {},
      ISSUERS.length,
    );
    expect(await listIssuers()).toEqual(ISSUERS);
  });

  it('adds an account typed in by hand, secret spaced as sites print it', async () => {
    await clickTestId(page, 'add-open');
    await clickTestId(page, 'add-manual');
    await typeInto(page, 'manual-issuer', 'Foxtrot');
    await typeInto(page, 'manual-account', 'W10007');
    await typeInto(page, 'manual-secret', 'kfgv imzu gqzt kmbq');
    await clickTestId(page, 'manual-submit');
    const before = Date.now();
    const code = await readCode(page, 'Foxtrot');
    expect([
      runOathtool('KFGVIMZUGQZTKMBQ', before),
      runOathtool('KFGVIMZUGQZTKMBQ', Date.now()),
    ]).toContain(code);
    await inMenu('[data-testid="account"][data-issuer="Foxtrot"]', 'account-delete');
    await clickTestId(page, 'confirm-yes');
    await page.waitForSelector('[data-testid="account"][data-issuer="Foxtrot"]', { hidden: true });
  });

  it('searches when there are many accounts', async () => {
    await typeInto(page, 'search', 'cepa');
    expect(await listIssuers()).toEqual(['MyCepa']);
    await page.click('[data-testid="search"]', { count: 3 });
    await page.keyboard.press('Backspace');
    expect(await listIssuers()).toEqual(ISSUERS);
  });

  it('moves an account down, and the order survives lock and unlock', async () => {
    await inMenu('[data-testid="account"][data-issuer="C-point"]', 'account-move-down');
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="account"]')?.getAttribute('data-issuer') === 'MyCepa',
    );
    await clickTestId(page, 'lock');
    await typeInto(page, 'unlock-pin', PIN);
    await clickTestId(page, 'unlock-submit');
    await page.waitForSelector('[data-testid="account"]');
    expect((await listIssuers()).slice(0, 2)).toEqual(['MyCepa', 'C-point']);
  });

  it('renames an account', async () => {
    await inMenu('[data-testid="account"][data-issuer="Alpha"]', 'account-rename');
    await typeInto(page, 'account-label', 'Terminal 5');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.issuer')].some((h) => h.textContent === 'Terminal 5'),
    );
  });

  it('deletes only after confirmation, and undo brings the account back', async () => {
    const selector = '[data-testid="account"][data-issuer="Bravo"]';
    await inMenu(selector, 'account-delete');
    await clickTestId(page, 'confirm-no');
    expect(await page.$(selector)).not.toBeNull();
    await inMenu(selector, 'account-delete');
    await clickTestId(page, 'confirm-yes');
    await page.waitForSelector(selector, { hidden: true });
    await clickTestId(page, 'account-undo');
    await page.waitForSelector(selector);
  });

  it('exports an encrypted backup that restores every code into a fresh vault', async () => {
    // Locking (an earlier test) closed the panel.
    await clickTestId(page, 'backup-open');
    await typeInto(page, 'backup-passphrase', 'haven-backup-2026');
    await clickTestId(page, 'backup-export');
    const backup = await waitForDownload('.json');
    expect(JSON.parse(backup)).toMatchObject({ format: 'havencode-backup' });
    expect(backup).not.toContain(SECRETS[0]);
    // The plain list waits for the current PIN, refused and counted like a wrong unlock.
    await clickTestId(page, 'backup-export-plain');
    await typeInto(page, 'reauth-pin', '000000');
    await clickTestId(page, 'reauth-submit');
    const alert = await page.waitForSelector('[role="alert"]');
    expect(await alert!.evaluate((el) => el.textContent)).toBe(
      'Verkeerde pincode. Nog 4 pogingen voor je moet wachten.',
    );
    expect((await readdir(work)).filter((f) => isExport(f, '.txt'))).toEqual([]);
    await typeInto(page, 'reauth-pin', PIN);
    await clickTestId(page, 'reauth-submit');
    const plain = await waitForDownload('.txt');
    expect(plain.trim().split('\n')).toHaveLength(ISSUERS.length);
    expect(plain).toContain(`secret=${SECRETS[0]}`);

    await page.evaluate(async () => {
      await new Promise((done) => (indexedDB.deleteDatabase('havencode').onsuccess = done));
    });
    await page.reload();
    await setUpWithPin(page, PIN);
    await clickTestId(page, 'backup-open');
    const file = join(
      work,
      (await readdir(work)).find((f) => f.endsWith('.json'))!,
    );
    await importFile(file, 'haven-backup-2026');
    for (const [i, issuer] of ISSUERS.entries()) {
      const before = Date.now();
      const code = await readCode(page, issuer);
      const after = Date.now();
      const secret = SECRETS[i]!;
      expect([runOathtool(secret, before), runOathtool(secret, after)]).toContain(code);
    }
    const titles = await page.$$eval('.issuer', (items) => items.map((h) => h.textContent));
    expect(titles).toContain('Terminal 5');
  });
});

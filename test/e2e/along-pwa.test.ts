/**
 * Taking the accounts along and never losing them, in the built PWA in real
 * Chromium: the backup reminder after adding accounts with no backup since;
 * the Google Authenticator transfer QR codes shown one at a time, each
 * screenshot decoded by zbarimg and read back by `havencode parse` and
 * `havencode import`; the Aegis plain and encrypted files read back by
 * `havencode import`; going back to an earlier state; what the browser said
 * to `navigator.storage.persist()`.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from '../harness/browser.ts';
import {
  addByUri,
  clickTestId,
  readTestId,
  servePwa,
  setUpWithPin,
  typeInto,
  type ServedPwa,
} from './pwa-helpers.ts';

const exec = promisify(execFile);
const bin = fileURLToPath(new URL('../../bin/havencode.js', import.meta.url));
const PIN = '246813';
const PASSPHRASE = 'kraan-dok-zeven-lichter';
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

/** Twelve accounts Google's format carries (two codes of at most 10) and one it cannot (60 s). */
const CARRIED = Array.from({ length: 12 }, (_, i) => ({
  type: 'totp',
  issuer: i % 2 === 0 ? 'C-point' : 'MyCepa',
  name: `W2000${i}`,
  secret: SECRET,
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
}));
const LEFT_OUT = { ...CARRIED[0]!, issuer: 'Slow', name: 'W9', period: 60 };
const ALL = [...CARRIED, LEFT_OUT];
const NIEUW = { ...CARRIED[0]!, issuer: 'Nieuw', name: 'W77' };
const LINES = ALL.map(
  (a) =>
    `otpauth://totp/${a.issuer}:${a.name}?secret=${a.secret}&issuer=${a.issuer}&period=${a.period}`,
).join('\n');

let pwa: ServedPwa;
let chromium: TestBrowser;
let page: Page;
let work: string;
let origin: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'havencode-along-export-'));
  pwa = await servePwa();
  chromium = await launchBrowser({ extension: false, lang: 'nl' });
  page = await chromium.newPage();
  await page.setViewport({ width: 420, height: 900 });
  const cdp = await page.createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: work });
  await page.goto(pwa.url);
  await setUpWithPin(page, PIN);
  origin = new URL(pwa.url).origin;
  const list = join(work, 'list.txt');
  await writeFile(list, LINES);
  await clickTestId(page, 'backup-open');
  const input = await page.waitForSelector('input[data-testid="backup-import-file"]');
  await input!.uploadFile(list);
  await clickTestId(page, 'backup-import');
  await page.waitForFunction(
    (count) => document.querySelectorAll('[data-testid="account"]').length === count,
    {},
    ALL.length,
  );
}, 180_000);

afterAll(async () => {
  await chromium?.close();
  await pwa?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

async function havencode(...args: string[]): Promise<unknown[]> {
  const { stdout } = await exec(process.execPath, [bin, ...args]);
  return JSON.parse(stdout) as unknown[];
}

/** Waits for a file the app saved under this name's start and returns its path. */
async function waitForDownload(prefix: string): Promise<string> {
  for (;;) {
    const name = (await readdir(work)).find((f) => f.startsWith(prefix) && f.endsWith('.json'));
    if (name) return join(work, name);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function unlockAfterReload(): Promise<void> {
  await page.reload();
  await typeInto(page, 'unlock-pin', PIN);
  await clickTestId(page, 'unlock-submit');
  await page.waitForSelector('[data-testid="account"]');
}

async function prove(testId: string): Promise<void> {
  await clickTestId(page, testId);
  await typeInto(page, 'reauth-pin', PIN);
  await clickTestId(page, 'reauth-submit');
}

describe('the backup reminder', { timeout: 120_000 }, () => {
  it('counts the accounts with no backup since, and one tap after the passphrase saves one', async () => {
    await unlockAfterReload();
    expect(await readTestId(page, 'backup-reminder')).toContain(
      `${ALL.length} accounts staan alleen op dit toestel`,
    );
    await typeInto(page, 'backup-passphrase', PASSPHRASE);
    await clickTestId(page, 'backup-export');
    const path = await waitForDownload('havencode-2');
    expect(await havencode('import', path, '--passphrase', PASSPHRASE, '--json')).toEqual(ALL);
    await page.waitForSelector('[data-testid="backup-reminder"]', { hidden: true });
  });

  it('comes back for the next account added, in the singular, and waits after Later', async () => {
    await addByUri(page, `otpauth://totp/Nieuw:W77?secret=${SECRET}&issuer=Nieuw`);
    await page.waitForSelector('[data-testid="account"][data-issuer="Nieuw"]');
    await unlockAfterReload();
    expect(await readTestId(page, 'backup-reminder')).toContain(
      '1 account staat alleen op dit toestel',
    );
    await clickTestId(page, 'backup-reminder-later');
    await page.waitForSelector('[data-testid="backup-reminder"]', { hidden: true });
    await unlockAfterReload();
    expect(await page.$('[data-testid="backup-reminder"]')).toBeNull();
  });
});

describe('taking the accounts along', { timeout: 120_000 }, () => {
  it('shows Google transfer QR codes one at a time that zbarimg and havencode read back', async () => {
    await clickTestId(page, 'backup-open');
    await prove('export-google');
    await page.waitForSelector('[data-testid="export-google-codes"] svg.qr');
    expect(await readTestId(page, 'export-google-left')).toContain('Slow: W9');
    const uris: string[] = [];
    for (let index = 0; index < 2; index++) {
      expect(await readTestId(page, 'export-google-codes-position')).toBe(
        `Code ${index + 1} van 2`,
      );
      const svg = await page.waitForSelector('[data-testid="export-google-codes"] svg.qr');
      const box = await svg!.boundingBox();
      // A phone camera needs a large code: at least 300 CSS pixels wide on a phone-sized screen.
      expect(box!.width).toBeGreaterThanOrEqual(300);
      const png = join(work, `google-${index}.png`);
      await svg!.screenshot({ path: png });
      const { stdout } = await exec('zbarimg', ['--nodbus', '-q', '--raw', png]);
      uris.push(stdout.trim());
      if (index === 0) await clickTestId(page, 'export-google-codes-next');
    }
    expect(uris.every((uri) => uri.startsWith('otpauth-migration://offline?data='))).toBe(true);
    const parsed = (await Promise.all(uris.map((uri) => havencode('parse', uri)))).flat();
    expect(parsed).toEqual(
      [...CARRIED, NIEUW].map(({ name, ...rest }) => ({ ...rest, account: name })),
    );
    const file = join(work, 'google-uris.txt');
    await writeFile(file, uris.join('\n'));
    expect(await havencode('import', file, '--json')).toEqual([...CARRIED, NIEUW]);
    await clickTestId(page, 'export-google-hide');
  });

  it('saves a plain Aegis file, after the PIN, that havencode import reads back', async () => {
    await prove('export-aegis-plain');
    const path = await waitForDownload('havencode-aegis-plain-');
    expect(await havencode('import', path, '--json')).toEqual([...ALL, NIEUW]);
  });

  it('refuses a guessable passphrase, then saves an encrypted Aegis file that reads back', async () => {
    await typeInto(page, 'export-aegis-passphrase', 'wachtwoord');
    await clickTestId(page, 'export-aegis');
    await page.waitForSelector('.panel [role="alert"]');
    await typeInto(page, 'export-aegis-passphrase', PASSPHRASE);
    await clickTestId(page, 'export-aegis');
    const path = await waitForDownload('havencode-aegis-2');
    expect(await readFile(path, 'utf8')).not.toContain(SECRET);
    expect(await havencode('import', path, '--passphrase', PASSPHRASE, '--json')).toEqual([
      ...ALL,
      NIEUW,
    ]);
  });
});

describe('never losing them', { timeout: 120_000 }, () => {
  it('keeps a deleted account 30 days and goes back to the state before a delete', async () => {
    const slow = '[data-testid="account"][data-issuer="Slow"]';
    await page.click(`${slow} [data-testid="account-menu"]`);
    await page.locator(`${slow} [data-testid="account-delete"]`).click();
    await clickTestId(page, 'confirm-yes');
    await page.waitForSelector(slow, { hidden: true });
    await page.click('[data-testid="recently-deleted"] summary');
    expect(await page.$eval('[data-testid="recently-deleted"]', (el) => el.textContent)).toContain(
      '30 dagen',
    );
    // The newest kept state is the vault just before the delete.
    const [newest] = await page.$$('[data-testid="snapshot"]');
    expect(await newest!.evaluate((el) => el.getAttribute('data-accounts'))).toBe(
      String(ALL.length + 1),
    );
    await newest!.$eval('[data-testid="snapshot-restore"]', (el) => (el as HTMLElement).click());
    await clickTestId(page, 'confirm-yes');
    await page.waitForSelector(slow);
    expect(await page.$$('[data-testid="account"]')).toHaveLength(ALL.length + 1);
  });

  it('says what the browser answered to persist(), with a warning when it may evict', async () => {
    const status = async () => {
      await page.reload();
      await typeInto(page, 'unlock-pin', PIN);
      await clickTestId(page, 'unlock-submit');
      await clickTestId(page, 'backup-open');
      const el = await page.waitForSelector('[data-testid="storage-status"]');
      return el!.evaluate((node) => [node.getAttribute('data-state'), node.className]);
    };
    expect(await status()).toEqual(['denied', 'warning']);
    await chromium.browser
      .defaultBrowserContext()
      .overridePermissions(origin, ['persistent-storage']);
    expect(await status()).toEqual(['persisted', 'hint']);
  });
});

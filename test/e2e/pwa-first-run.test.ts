/**
 * What a new user meets in the PWA, in real Chromium (issue 14): honest
 * recovery words with copy, print and download; the first-run guide and the
 * backup offer; 'toegevoegd' and 'gekopieerd' naming the account; manual
 * entry that checks the secret and knows MyCepa's 10 digits; clear words
 * for an image without a QR code and for a coloured activation image; tries
 * left and a live lockout countdown; changing the PIN with the current one.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TOTP } from 'otpauth';
import { PNG } from 'pngjs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nl } from '../../core/i18n/nl.ts';
import { launchBrowser, type TestBrowser } from '../harness/browser.ts';
import {
  addByUri,
  clickTestId,
  readCode,
  runOathtool,
  servePwa,
  typeInto,
  type ServedPwa,
} from './pwa-helpers.ts';

const PIN = '246813';
const NEW_PIN = '975310';
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DP';

let pwa: ServedPwa;
let chromium: TestBrowser;
let page: Page;
let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'havencode-first-run-'));
  pwa = await servePwa();
  chromium = await launchBrowser({ extension: false, lang: 'nl' });
  page = await chromium.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: work });
  await chromium.browser
    .defaultBrowserContext()
    .overridePermissions(pwa.url, [
      'clipboard-read',
      'clipboard-write',
      'clipboard-sanitized-write',
    ]);
  await page.goto(pwa.url);
});

afterAll(async () => {
  await chromium?.close();
  await pwa?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

/** The text of the first `selector`, once it is there, spaces folded. */
async function text(selector: string): Promise<string> {
  const handle = await page.waitForSelector(selector);
  return handle!.evaluate((el) => el.textContent?.replace(/\s+/g, ' ').trim() ?? '');
}

/** Waits for an element with `selector` whose text contains `part`. */
async function waitForText(selector: string, part: string): Promise<void> {
  await page.waitForFunction(
    (s, p) => [...document.querySelectorAll(s)].some((el) => el.textContent?.includes(p)),
    { timeout: 10_000 },
    selector,
    part,
  );
}

/** A PNG of `cells`² squares coloured by `paint`, written to the work folder. */
async function writeImage(name: string, paint: (x: number, y: number) => number[]) {
  const cells = 24;
  const png = new PNG({ width: cells * 8, height: cells * 8 });
  for (let y = 0; y < png.height; y++)
    for (let x = 0; x < png.width; x++) {
      const [r, g, b] = paint(Math.floor(x / 8), Math.floor(y / 8));
      png.data.set([r!, g!, b!, 255], (y * png.width + x) * 4);
    }
  const path = join(work, name);
  await writeFile(path, PNG.sync.write(png));
  return path;
}

async function chooseImage(path: string): Promise<void> {
  const input = await page.$('label.file input[type=file]');
  await input!.uploadFile(path);
}

describe('first run', () => {
  it('shows the recovery code with honest words, and copies, prints and saves it', async () => {
    await typeInto(page, 'setup-pin', PIN);
    await typeInto(page, 'setup-pin-confirm', PIN);
    await clickTestId(page, 'setup-submit');
    const code = (await text('[data-testid="recovery-code"]')).trim();
    expect(await text('.recovery-sheet')).toContain(nl['recovery.deviceWarning']);
    expect(await page.$('[data-testid="recovery-print"]')).not.toBeNull();
    await clickTestId(page, 'recovery-copy');
    await waitForText('[role="status"]', nl['recovery.copied']);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    await clickTestId(page, 'recovery-download');
    let saved: string | undefined;
    while (!saved) {
      saved = (await readdir(work)).find(
        (f) => f.startsWith('havencode-recovery') && f.endsWith('.txt'),
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await readFile(join(work, saved), 'utf8')).toContain(code);
    await clickTestId(page, 'recovery-done');
    await page.waitForSelector('[data-testid="first-run-guide"]');
  });

  it('says which account was added, then offers a backup', async () => {
    await addByUri(page, `otpauth://totp/C-point:jan.peeters?secret=${SECRET}&issuer=C-point`);
    await waitForText('.news', 'C-point (jan.peeters) toegevoegd.');
    await page.waitForSelector('[data-testid="backup-nudge"]');
  });

  it('copies a tapped code and says when the clipboard is wiped', async () => {
    await clickTestId(page, 'account-copy');
    await waitForText(
      '.toast',
      'Code van C-point (jan.peeters) gekopieerd — wordt over 30 seconden gewist.',
    );
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect([runOathtool(SECRET, Date.now()), runOathtool(SECRET, Date.now() - 2000)]).toContain(
      copied,
    );
  });
});

describe('adding by hand and by image', () => {
  it('refuses a short secret in plain words, and gives MyCepa 10 digits', async () => {
    await clickTestId(page, 'add-open');
    await clickTestId(page, 'add-manual');
    expect(await page.$eval('.advanced', (el) => (el as HTMLDetailsElement).open)).toBe(false);
    await typeInto(page, 'manual-issuer', 'MyCepa');
    await typeInto(page, 'manual-account', 'W104233');
    await typeInto(page, 'manual-secret', 'ABCDE');
    await clickTestId(page, 'manual-submit');
    await waitForText('[role="alert"]', 'te kort');
    await typeInto(page, 'manual-secret', 'GEZD GNBV GY3T QOJQ');
    await clickTestId(page, 'manual-submit');
    await waitForText('.news', 'MyCepa (W104233) toegevoegd.');
    const code = await readCode(page, 'MyCepa');
    expect(code).toHaveLength(10);
    // oathtool stops at 8 digits: RFC 6238's own construction (otpauth) checks the 10.
    const totp = new TOTP({ secret: 'GEZDGNBVGY3TQOJQ', digits: 10 });
    expect([
      totp.generate({ timestamp: Date.now() }),
      totp.generate({ timestamp: Date.now() - 2000 }),
    ]).toContain(code);
  });

  it('says an image holds no QR code, and recognises a coloured activation image', async () => {
    await clickTestId(page, 'add-open');
    await chooseImage(await writeImage('grey.png', (x, y) => [200 - x, 200 - y, 200]));
    await waitForText('[role="alert"]', 'Geen QR-code gevonden');
    const colours = [
      [220, 30, 30],
      [30, 170, 40],
      [30, 60, 220],
      [240, 200, 20],
      [20, 20, 20],
    ];
    await chooseImage(await writeImage('cronto.png', (x, y) => colours[(x * 7 + y * 3) % 5]!));
    await waitForText('[role="alert"]', 'gekleurde activatiecode');
    expect(await page.$$eval('[role="alert"]', (alerts) => alerts.length)).toBe(1);
    await clickTestId(page, 'add-open');
  });
});

describe('the PIN', () => {
  it('warns of tries left, then counts the real wait down', async () => {
    await clickTestId(page, 'lock');
    await typeInto(page, 'unlock-pin', '000000');
    await clickTestId(page, 'unlock-submit');
    await waitForText('[role="alert"]', 'Nog 4 pogingen voor je moet wachten.');
    for (let i = 0; i < 4; i++) {
      await typeInto(page, 'unlock-pin', '000000');
      await clickTestId(page, 'unlock-submit');
    }
    await waitForText('[role="alert"]', 'Probeer opnieuw over');
    const first = Number(/over (\d+) seconden/.exec(await text('[role="alert"]'))?.[1]);
    expect(first).toBeGreaterThan(20);
    expect(first).toBeLessThanOrEqual(30);
    await page.waitForFunction(
      (n) =>
        /over (\d+) seconden/.exec(
          document.querySelector('[role="alert"]')?.textContent ?? '',
        )?.[1] === String(n),
      { timeout: 5000 },
      first - 2,
    );
  });

  it('changes the PIN only with the current one and a repeat', async () => {
    await page.evaluate(async () => {
      // The wait of the test before, taken back in the profile row (as if 30 s had passed).
      const db = await new Promise<IDBDatabase>(
        (done) =>
          (indexedDB.open('havencode').onsuccess = (e) =>
            done((e.target as IDBOpenDBRequest).result)),
      );
      const store = db.transaction('profiles', 'readwrite').objectStore('profiles');
      type Row = { failures: { count: number; lastAt: number } };
      const rows = await new Promise<Row[]>(
        (done) => (store.getAll().onsuccess = (e) => done((e.target as IDBRequest<Row[]>).result)),
      );
      for (const row of rows) store.put({ ...row, failures: { count: 0, lastAt: 0 } });
      db.close();
    });
    await typeInto(page, 'unlock-pin', PIN);
    await clickTestId(page, 'unlock-submit');
    await clickTestId(page, 'backup-open');
    await typeInto(page, 'slot-pin-current', '111111');
    await typeInto(page, 'slot-pin', NEW_PIN);
    await typeInto(page, 'slot-pin-confirm', NEW_PIN);
    await clickTestId(page, 'slot-pin-save');
    await waitForText('[role="alert"]', nl['errors.vault/wrong-pin']);
    await typeInto(page, 'slot-pin-current', PIN);
    await clickTestId(page, 'slot-pin-save');
    await waitForText('[role="status"]', nl['slots.pinChanged']);
    await clickTestId(page, 'lock');
    await typeInto(page, 'unlock-pin', NEW_PIN);
    await clickTestId(page, 'unlock-submit');
    await page.waitForSelector('[data-testid="account"]');
  });
});

/**
 * The PWA as shipped, in headless Chromium: first-load JavaScript (gzip,
 * without the scanner) and what the scanner adds on demand; time from the
 * unlock click to the first code on screen, with the PIN (Argon2id at the
 * calibrated cost) and with a passkey (virtual authenticator, PRF); and the
 * Lighthouse scores. Writes test/bench/results/pwa.json.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'puppeteer-core';
import { launchBrowser } from '../harness/browser.ts';
import { addVirtualAuthenticator } from '../harness/webauthn.ts';
import {
  addByUri,
  clickTestId,
  measureGzip,
  readCode,
  recordScripts,
  runLighthouse,
  servePwa,
  setUpWithPin,
} from '../e2e/pwa-helpers.ts';
import { median } from './stats.ts';

const RUNS = 5;
const PIN = '135790';
const URI = 'otpauth://totp/C-point:W12345?secret=JBSWY3DPEHPK3PXP&issuer=C-point';

/**
 * Locks, then times in the page from the unlock click to the first code in
 * the DOM, so CDP round trips are not counted.
 */
async function timeUnlockToCode(page: Page, unlock: 'pin' | 'passkey'): Promise<number> {
  await clickTestId(page, 'lock');
  if (unlock === 'pin') await page.locator('[data-testid="unlock-pin"]').fill(PIN);
  const button = unlock === 'pin' ? 'unlock-submit' : 'unlock-passkey';
  await page.waitForSelector(`[data-testid="${button}"]:not([disabled])`);
  const ms = await page.evaluate(async (testId) => {
    const start = performance.now();
    document.querySelector<HTMLButtonElement>(`[data-testid="${testId}"]`)!.click();
    while (!document.querySelector('[data-testid="account-code"]'))
      await new Promise(requestAnimationFrame);
    return performance.now() - start;
  }, button);
  await readCode(page, 'C-point');
  return ms;
}

async function sumGzip(dir: string, pattern: RegExp): Promise<number> {
  const files = (await readdir(join(dir, 'assets'))).filter((f) => pattern.test(f));
  let total = 0;
  for (const file of files) total += gzipSync(await readFile(join(dir, 'assets', file))).length;
  return total;
}

const pwa = await servePwa();
const chromium = await launchBrowser({ extension: false, lang: 'nl' });
try {
  const page = await chromium.newPage();
  const scripts = recordScripts(page);
  await page.goto(pwa.url);
  await page.waitForSelector('[data-testid="setup-pin"]');
  const firstLoadBytes = await measureGzip(pwa.dir, scripts, pwa.url);
  const firstLoadFiles = [...new Set(scripts)].map((url) => url.split('/').pop());
  await setUpWithPin(page, PIN);
  await addByUri(page, URI);
  await readCode(page, 'C-point');
  const pinMs: number[] = [];
  for (let i = 0; i < RUNS; i++) pinMs.push(await timeUnlockToCode(page, 'pin'));

  const passkeyPage = await chromium.newPage();
  await passkeyPage.goto(pwa.url);
  await passkeyPage.evaluate(async () => {
    await new Promise((done) => (indexedDB.deleteDatabase('havencode').onsuccess = done));
  });
  await passkeyPage.reload();
  await addVirtualAuthenticator(passkeyPage);
  await clickTestId(passkeyPage, 'setup-passkey');
  await clickTestId(passkeyPage, 'recovery-done');
  await addByUri(passkeyPage, URI);
  await readCode(passkeyPage, 'C-point');
  const passkeyMs: number[] = [];
  for (let i = 0; i < RUNS; i++) passkeyMs.push(await timeUnlockToCode(passkeyPage, 'passkey'));

  const lighthouse = await runLighthouse(pwa.url);
  const kB = (bytes: number) => Math.round(bytes / 102.4) / 10;
  const results = {
    date: new Date().toISOString(),
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    firstLoadJsGzipKB: kB(firstLoadBytes),
    firstLoadFiles,
    scannerOnDemandGzipKB: {
      js: kB(await sumGzip(pwa.dir, /^(scanner|qr-worker|reader)-.*\.js$/)),
      zxingWasm: kB(await sumGzip(pwa.dir, /^zxing_reader-.*\.wasm$/)),
    },
    unlockToFirstCodeMedianMs: {
      pin: Math.round(median(pinMs)),
      passkey: Math.round(median(passkeyMs)),
    },
    runs: RUNS,
    lighthouse: lighthouse.scores,
  };
  console.table({
    'first load JS, gzip (kB)': results.firstLoadJsGzipKB,
    'scanner JS on demand, gzip (kB)': results.scannerOnDemandGzipKB.js,
    'zxing wasm on demand, gzip (kB)': results.scannerOnDemandGzipKB.zxingWasm,
    [`unlock → first code, PIN, median of ${RUNS} (ms)`]: results.unlockToFirstCodeMedianMs.pin,
    [`unlock → first code, passkey, median of ${RUNS} (ms)`]:
      results.unlockToFirstCodeMedianMs.passkey,
    ...Object.fromEntries(
      Object.entries(lighthouse.scores).map(([id, score]) => [`Lighthouse ${id}`, score]),
    ),
  });
  const dir = join(import.meta.dirname, 'results');
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'pwa.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`written ${join(dir, 'pwa.json')}`);
} finally {
  await chromium.close();
  await pwa.close();
}

/**
 * Extension → phone without a server, in real Chromium: the popup shows an
 * 8-character code and sealed QR codes going round; their screenshots become
 * the PWA's fake camera video (--use-file-for-fake-video-capture); the PWA
 * gathers every frame, refuses a wrong code, and with the right one holds the
 * same accounts, their codes matching oathtool. No frame carries anything in clear.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from '../harness/browser.ts';
import { encodeY4m } from '../harness/fake-camera.ts';
import { readPng, type RgbaImage } from '../harness/qr-decode.ts';
import { PIN, setUpWithPin as setUpPopup, tap } from './extension-helpers.ts';
import {
  clickTestId,
  readCode,
  runOathtool,
  servePwa,
  setUpWithPin,
  typeInto,
  type ServedPwa,
} from './pwa-helpers.ts';

const exec = promisify(execFile);
const FRAME = { width: 640, height: 480 };
/** Half a second of each code at 30 frames a second, as the video loops. */
const FRAMES_PER_CODE = 15;
const SECRETS = Array.from({ length: 12 }, (_, i) =>
  `JBSWY3DPEHPK3PXP${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.charAt(i)}${'Q'.repeat(15)}`.slice(0, 32),
);
const LINES = SECRETS.map(
  (secret, i) => `otpauth://totp/Dok${i}:W3000${i}?secret=${secret}&issuer=Dok${i}`,
);

let work: string;
let extension: TestBrowser;
let phone: TestBrowser | undefined;
let pwa: ServedPwa | undefined;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'havencode-transfer-'));
  extension = await launchBrowser({ lang: 'nl' });
}, 60_000);

afterAll(async () => {
  await extension?.close();
  await phone?.close();
  await pwa?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

/** A white camera frame with the screenshot of one QR code in the middle. */
function placeInFrame(shot: RgbaImage): RgbaImage {
  const data = new Uint8Array(FRAME.width * FRAME.height * 4).fill(255);
  const left = (FRAME.width - shot.width) >> 1;
  const top = (FRAME.height - shot.height) >> 1;
  for (let y = 0; y < shot.height; y++) {
    const row = shot.data.subarray(y * shot.width * 4, (y + 1) * shot.width * 4);
    data.set(row, ((top + y) * FRAME.width + left) * 4);
  }
  return { ...FRAME, data };
}

describe('extension → phone transfer', { timeout: 300_000 }, () => {
  it('moves every account through sealed QR codes and a short code', async () => {
    const popup = await extension.openPopup();
    await setUpPopup(popup);
    await tap(popup, '[data-testid=add-open]');
    await popup.locator('[data-testid=add-uri]').fill(LINES.join('\n'));
    await tap(popup, '[data-testid=add-submit]');
    await popup.waitForFunction(
      (n) => document.querySelectorAll('[data-testid=account]').length === n,
      {},
      LINES.length,
    );
    await tap(popup, '[data-testid=backup-open]');
    await tap(popup, '[data-testid=transfer-start]');
    await popup.type('[data-testid=reauth-pin]', PIN);
    await tap(popup, '[data-testid=reauth-submit]');
    const sequence = await popup.waitForSelector('[data-testid=transfer-codes]');
    const code = (
      await popup.$eval('[data-testid=transfer-code]', (el) => el.textContent ?? '')
    ).replace(/\s/g, '');
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    const count = Number(await sequence!.evaluate((el) => el.getAttribute('data-count')));
    expect(count).toBeGreaterThan(1);

    // Each code as it comes round: a screenshot, read by zbarimg to check what it carries.
    const chunks: Buffer[] = [];
    for (let index = 0; index < count; index++) {
      await popup.waitForSelector(`[data-testid=transfer-codes][data-index="${index}"]`);
      const svg = await popup.$('[data-testid=transfer-codes] svg.qr');
      const png = join(work, `frame-${index}.png`);
      await svg!.screenshot({ path: png });
      const { stdout } = await exec('zbarimg', ['--nodbus', '-q', '--raw', png]);
      expect(stdout.trim()).toMatch(new RegExp(`^havencode-transfer:1/[\\w-]+/${index}/${count}/`));
      for (const secret of SECRETS) expect(stdout).not.toContain(secret.slice(0, 16));
      expect(stdout).not.toMatch(/Dok|W3000/);
      expect(stdout).not.toContain(code);
      const still = encodeY4m(placeInFrame(readPng(await readFile(png))));
      const frameAt = still.indexOf('FRAME\n');
      if (index === 0) chunks.push(still.subarray(0, frameAt));
      for (let i = 0; i < FRAMES_PER_CODE; i++) chunks.push(still.subarray(frameAt));
    }
    const video = join(work, 'transfer.y4m');
    await writeFile(video, Buffer.concat(chunks));

    pwa = await servePwa();
    phone = await launchBrowser({ extension: false, fakeCameraFile: video, lang: 'nl' });
    const page = await phone.newPage();
    await page.goto(pwa.url);
    await setUpWithPin(page, '135790');
    await clickTestId(page, 'add-open');
    await clickTestId(page, 'scan-camera');
    await page.waitForSelector('[data-testid=transfer-code-input]');
    await page.waitForSelector('.scanner', { hidden: true });

    await typeInto(page, 'transfer-code-input', code === 'AAAAAAAA' ? 'BBBBBBBB' : 'AAAAAAAA');
    await clickTestId(page, 'transfer-open');
    const alert = await page.waitForSelector('[role=alert]');
    expect(await alert!.evaluate((el) => el.textContent)).toContain('past niet bij de QR-codes');
    // Typed as people do: small letters, a dash in the middle.
    await typeInto(
      page,
      'transfer-code-input',
      `${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`,
    );
    await clickTestId(page, 'transfer-open');
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="account"]').length === n,
      {},
      LINES.length,
    );
    const listed = await page.$$eval('[data-testid="account"]', (items) =>
      items.map((i) => `${i.getAttribute('data-issuer')}:${i.getAttribute('data-account')}`),
    );
    expect(listed.sort()).toEqual(LINES.map((_, i) => `Dok${i}:W3000${i}`).sort());
    // The code shown may be a tick behind, or read just past a 30 s step.
    const before = Date.now();
    const shown = await readCode(page, 'Dok7');
    expect([before - 2000, before, Date.now()].map((at) => runOathtool(SECRETS[7]!, at))).toContain(
      shown,
    );
  });
});

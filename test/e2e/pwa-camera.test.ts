/**
 * Adding accounts to the PWA from pictures in real Chromium: a fake camera
 * video (--use-file-for-fake-video-capture) that shows a Google Authenticator
 * export split over two QR codes, one after the other; an image file with a
 * plain otpauth:// QR code; and a refused camera permission.
 */
import { writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../core/i18n/en.ts';
import type { OtpAccount } from '../../core/otp/index.ts';
import { formatMigrationUri } from '../../core/uri/index.ts';
import { launchBrowser, type TestBrowser } from '../harness/browser.ts';
import { encodeY4m } from '../harness/fake-camera.ts';
import { readPng, type RgbaImage } from '../harness/qr-decode.ts';
import {
  clickTestId,
  readCode,
  runOathtool,
  servePwa,
  setUpWithPin,
  type ServedPwa,
} from './pwa-helpers.ts';

const FRAME = { width: 480, height: 360 };
/** Half a second of each code at 30 frames a second: the scanner sees both as the video loops. */
const FRAMES_PER_CODE = 15;

const totp = (issuer: string, account: string, secret: string): OtpAccount => ({
  type: 'totp',
  issuer,
  account,
  secret,
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
});
const cpoint = totp('C-point', 'W12345', 'JBSWY3DPEHPK3PXP');
const mycepa = totp('MyCepa', 'W67890', 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
const batch = { batchSize: 2, batchId: 4242 };
const exportParts = [
  formatMigrationUri([cpoint], { ...batch, batchIndex: 0 }),
  formatMigrationUri([mycepa], { ...batch, batchIndex: 1 }),
];

let pwa: ServedPwa;
let chromium: TestBrowser;
let cameraFile: string;
let page: Page;
/** What the QR worker logged: zxing falling back to jsqr would show here. */
const workerConsole: string[] = [];

/** A white camera frame with the QR code of `text` in the middle. */
async function drawFrame(text: string): Promise<RgbaImage> {
  const qr = readPng(await QRCode.toBuffer(text, { type: 'png', width: 300, margin: 2 }));
  const data = new Uint8Array(FRAME.width * FRAME.height * 4).fill(255);
  const left = (FRAME.width - qr.width) >> 1;
  const top = (FRAME.height - qr.height) >> 1;
  for (let y = 0; y < qr.height; y++) {
    const row = qr.data.subarray(y * qr.width * 4, (y + 1) * qr.width * 4);
    data.set(row, ((top + y) * FRAME.width + left) * 4);
  }
  return { ...FRAME, data };
}

/** A Y4M video showing each text's QR code for FRAMES_PER_CODE frames in turn. */
async function writeCameraVideo(texts: string[]): Promise<string> {
  const chunks: Buffer[] = [];
  for (const [index, text] of texts.entries()) {
    const still = encodeY4m(await drawFrame(text));
    const frameAt = still.indexOf('FRAME\n');
    if (index === 0) chunks.push(still.subarray(0, frameAt));
    for (let i = 0; i < FRAMES_PER_CODE; i++) chunks.push(still.subarray(frameAt));
  }
  const path = join(tmpdir(), `havencode-pwa-camera-${process.pid}.y4m`);
  await writeFile(path, Buffer.concat(chunks));
  return path;
}

beforeAll(async () => {
  cameraFile = await writeCameraVideo(exportParts);
  pwa = await servePwa();
  chromium = await launchBrowser({ extension: false, fakeCameraFile: cameraFile, lang: 'en' });
  page = await chromium.newPage();
  page.on('workercreated', (worker) =>
    worker.on('console', (message) => workerConsole.push(message.text())),
  );
  await page.goto(pwa.url);
  await setUpWithPin(page, '135790');
});

afterAll(async () => {
  await chromium?.close();
  await pwa?.close();
  if (cameraFile) await rm(cameraFile, { force: true });
});

describe('PWA camera and images', () => {
  it('scans an export split over two QR codes with the camera and adds both accounts', async () => {
    await clickTestId(page, 'add-open');
    await page.evaluate(() => {
      // Records what the app asks for: preferences, never exact constraints.
      const asked: MediaStreamConstraints[] = [];
      const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
      navigator.mediaDevices.getUserMedia = (c) => (asked.push(c!), original(c));
      (window as unknown as { asked: typeof asked }).asked = asked;
    });
    await clickTestId(page, 'scan-camera');
    // The scan may straddle a 30 s step: the code of either side of it is right.
    const before = Date.now();
    const cpointShown = await readCode(page, 'C-point');
    const mycepaShown = await readCode(page, 'MyCepa');
    const after = Date.now();
    const eitherSide = (secret: string) => [
      runOathtool(secret, before),
      runOathtool(secret, after),
    ];
    expect(eitherSide(cpoint.secret)).toContain(cpointShown);
    expect(eitherSide(mycepa.secret)).toContain(mycepaShown);
    const asked = await page.evaluate(() => (window as unknown as { asked: unknown[] }).asked);
    expect(asked[0]).toMatchObject({ video: { facingMode: { ideal: 'environment' } } });
    // The camera is off again once the scan is done.
    await page.waitForSelector('.scanner', { hidden: true });
    // Decoded in the worker by zxing (its .wasm served by the app), not by the jsqr fallback.
    expect(page.workers().length).toBe(1);
    expect(workerConsole.join('\n')).not.toMatch(/jsqr/i);
  });

  it('adds the account in an image file (a screenshot of the QR code)', async () => {
    const png = join(tmpdir(), `havencode-pwa-qr-${process.pid}.png`);
    const uri = 'otpauth://totp/Demo:worker%40example.be?secret=KRSXG5CTMVRXEZLU&issuer=Demo';
    await QRCode.toFile(png, uri, { width: 400 });
    try {
      await clickTestId(page, 'add-open');
      const input = await page.waitForSelector('input[type="file"][accept="image/*"]');
      await input!.uploadFile(png);
      expect(await readCode(page, 'Demo')).toMatch(/^\d{6}$/);
    } finally {
      await rm(png, { force: true });
    }
  });

  it('says what to do, in an alert, when the camera permission is refused', async () => {
    // --use-fake-ui-for-media-stream grants every request, so the refusal is the browser's
    // own DOMException, thrown where getUserMedia would throw it.
    await page.evaluate(() => {
      navigator.mediaDevices.getUserMedia = () =>
        Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
    });
    await clickTestId(page, 'add-open');
    await clickTestId(page, 'scan-camera');
    const alert = await page.waitForSelector('[role="alert"]');
    expect(await alert!.evaluate((el) => el.textContent)).toBe(en['errors.camera/denied']);
    expect(await page.$('.scanner')).toBeNull();
  });
});

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoSites, type DemoSites } from '../sites/server.ts';
import { launchBrowser, type TestBrowser } from './browser.ts';
import { findChromium } from './chromium.ts';
import { encodeY4m, makeFakeCameraFile } from './fake-camera.ts';
import { decodeQrPng, readPng } from './qr-decode.ts';
import { addVirtualAuthenticator } from './webauthn.ts';

const CAMERA_TEXT = 'otpauth://totp/C-point:camera?secret=JBSWY3DPEHPK3PXP&issuer=C-point';

// A tiny MV3 extension: the toolbar click records the tab's URL, which it can only read through activeTab.
const MANIFEST = {
  manifest_version: 3,
  name: 'harness probe',
  version: '1.0',
  permissions: ['activeTab', 'storage'],
  background: { service_worker: 'sw.js' },
  action: { default_title: 'probe' },
};
const SERVICE_WORKER = `chrome.action.onClicked.addListener((tab) => chrome.storage.session.set({ clicked: tab.url ?? 'no access' }));`;

let cameraFile: string | undefined;
let sites: DemoSites;
let chromium: TestBrowser;
let workDir: string;
/** The camera frame's width: the QR image's, rounded up to even for 4:2:0. */
let cameraWidth: number;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'havencode-harness-'));
  const extensionDir = join(workDir, 'extension');
  await mkdir(extensionDir);
  await writeFile(join(extensionDir, 'manifest.json'), JSON.stringify(MANIFEST));
  await writeFile(join(extensionDir, 'sw.js'), SERVICE_WORKER);
  await writeFile(
    join(extensionDir, 'popup.html'),
    '<!doctype html><title>probe</title><h1>probe popup</h1>',
  );
  // Version 5 at 7 px a module is 315 px wide: odd, so the padding to an even size is exercised too.
  const qr = readPng(
    await QRCode.toBuffer(CAMERA_TEXT, { type: 'png', scale: 7, margin: 4, version: 5 }),
  );
  cameraWidth = qr.width + (qr.width % 2);
  sites = await startDemoSites();
  cameraFile = await makeFakeCameraFile(qr);
  chromium = await launchBrowser({ extension: extensionDir, sites, fakeCameraFile: cameraFile });
});

afterAll(async () => {
  await chromium?.close();
  await sites?.close();
  await rm(workDir, { recursive: true, force: true });
  if (cameraFile) await rm(cameraFile, { force: true });
});

describe('findChromium', () => {
  it('fails with install instructions when Chromium is missing', async () => {
    await expect(findChromium({ CHROME_PATH: '/nonexistent/chromium' })).rejects.toThrow(
      'Chromium not found at /nonexistent/chromium: apt-get install -y chromium (or set CHROME_PATH)',
    );
  });
});

describe('encodeY4m', () => {
  it.each([
    [{ width: 2, height: 2, rgb: [255, 255, 255] }, 235, 128, 128],
    [{ width: 3, height: 1, rgb: [0, 0, 0] }, 16, 128, 128],
    [{ width: 2, height: 2, rgb: [255, 0, 0] }, 82, 90, 240],
  ])('encodes %o as Y=%i Cb=%i Cr=%i', ({ width, height, rgb }, y, cb, cr) => {
    const data = new Uint8Array(width * height * 4).map((_, i) =>
      i % 4 === 3 ? 255 : (rgb[i % 4] ?? 0),
    );
    const file = encodeY4m({ width, height, data });
    const evenWidth = width + (width % 2);
    const evenHeight = height + (height % 2);
    const header = `YUV4MPEG2 W${evenWidth} H${evenHeight} F30:1 Ip A1:1 C420jpeg\nFRAME\n`;
    expect(file.subarray(0, header.length).toString('ascii')).toBe(header);
    const planes = file.subarray(header.length);
    expect(planes.length).toBe((evenWidth * evenHeight * 3) / 2);
    expect([planes[0], planes[evenWidth * evenHeight], planes.at(-1)]).toEqual([y, cb, cr]);
  });
});

describe('launchBrowser', () => {
  it('loads the extension, opens its popup as a tab and clicks its action', async () => {
    expect(chromium.extensionId).toMatch(/^[a-p]{32}$/);
    const popup = await chromium.openPopup();
    expect(await popup.$eval('h1', (el) => el.textContent)).toBe('probe popup');
    const site = await chromium.newPage();
    await site.goto('https://www.c-point.be/nl/');
    await chromium.triggerAction(site);
    // Poll on a timer: requestAnimationFrame, the default, stalls in a background tab.
    const clicked = await popup.waitForFunction(
      async () => {
        type SessionStorage = { get(key: string): Promise<Record<string, unknown>> };
        const { chrome } = globalThis as unknown as {
          chrome: { storage: { session: SessionStorage } };
        };
        return (await chrome.storage.session.get('clicked')).clicked;
      },
      { polling: 100, timeout: 10_000 },
    );
    expect(await clicked.jsonValue()).toBe('https://www.c-point.be/nl/');
    await Promise.all([popup.close(), site.close()]);
  });

  it('adds a virtual authenticator whose passkeys give PRF output', async () => {
    const page = await chromium.newPage();
    await page.goto('https://www.c-point.be/nl/');
    const authenticator = await addVirtualAuthenticator(page);
    const result = await page.evaluate(async () => {
      const salt = new Uint8Array(32).fill(7);
      const created = (await navigator.credentials.create({
        publicKey: {
          rp: { id: 'www.c-point.be', name: 'C-point' },
          user: { id: new Uint8Array([1, 2, 3]), name: 'probe', displayName: 'probe' },
          challenge: new Uint8Array(16),
          pubKeyCredParams: [{ type: 'public-key', alg: -7 }],
          authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
          extensions: { prf: {} },
        },
      })) as PublicKeyCredential;
      const asserted = (await navigator.credentials.get({
        publicKey: {
          challenge: new Uint8Array(16),
          rpId: 'www.c-point.be',
          extensions: { prf: { eval: { first: salt } } },
        },
      })) as PublicKeyCredential;
      const first = asserted.getClientExtensionResults().prf?.results?.first as
        ArrayBuffer | undefined;
      return {
        enabled: created.getClientExtensionResults().prf?.enabled,
        prfBytes: first?.byteLength,
      };
    });
    expect(result).toEqual({ enabled: true, prfBytes: 32 });
    expect(await authenticator.listCredentials()).toHaveLength(1);
    await authenticator.remove();
    await page.close();
  });

  it('plays the fake camera file to getUserMedia', async () => {
    const page = await chromium.newPage();
    await page.goto('https://www.c-point.be/nl/');
    const dataUrl = await page.evaluate(async () => {
      const video = document.createElement('video');
      video.srcObject = await navigator.mediaDevices.getUserMedia({ video: true });
      await video.play();
      const canvas = document.createElement('canvas');
      canvas.width = video.videoWidth;
      canvas.height = video.videoHeight;
      canvas.getContext('2d')?.drawImage(video, 0, 0);
      return canvas.toDataURL('image/png');
    });
    const frame = Buffer.from(dataUrl.split(',')[1] ?? '', 'base64');
    expect(readPng(frame).width).toBe(cameraWidth);
    expect(decodeQrPng(frame)).toBe(CAMERA_TEXT);
    await page.close();
  });
});

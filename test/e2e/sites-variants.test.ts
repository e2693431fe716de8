import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { generateCode } from '../../core/otp/index.ts';
import { launchBrowser, type TestBrowser } from '../harness/browser.ts';
import { startDemoSites, type DemoSites } from '../sites/server.ts';
import { makeTotpSecret } from '../sites/totp-check.ts';

const CPOINT = 'https://www.c-point.be';
const USER = 'variant';
const secret = makeTotpSecret();

let clock = Math.floor(Date.now() / 30_000) * 30_000 + 15_000;
let sites: DemoSites;
let chromium: TestBrowser;
let page: Page;

/** A fresh code each call: the server refuses a code it has seen, so each submission takes the next step. */
function takeCode(): string {
  clock += 30_000;
  const account = {
    type: 'totp',
    issuer: 'C-point',
    account: USER,
    secret,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
  } as const;
  return generateCode(account, { now: clock });
}

/** Submits the form holding `selector` in `frame` and returns the verdict the server shows. */
async function submitAndReadResult(frame: Page | Frame, selector: string): Promise<string> {
  await Promise.all([
    frame.waitForNavigation(),
    frame.$eval(selector, (el) => (el as HTMLInputElement).form?.requestSubmit()),
  ]);
  return frame.$eval('main', (el) => el.textContent?.trim() ?? '');
}

function findFrame(path: string): Frame {
  const frame = page.frames().find((f) => new URL(f.url()).pathname === path);
  if (frame === undefined) throw new Error(`No frame at ${path}`);
  return frame;
}

beforeAll(async () => {
  sites = await startDemoSites({ now: () => clock });
  sites.users.addCpointUser({
    username: USER,
    password: 'x',
    email: 'v@example.test',
    totpSecret: secret,
  });
  chromium = await launchBrowser({ extension: false, sites });
  page = await chromium.newPage();
});

afterAll(async () => {
  await chromium?.close();
  await sites?.close();
});

describe('variant pages', () => {
  it('spa: the code field appears only after load', async () => {
    const started = Date.now();
    await page.goto(`${CPOINT}/variant/spa?user=${USER}`);
    expect(await page.$('#otp')).toBeNull();
    await page.waitForSelector('#otp', { timeout: 5000 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
    await page.type('#otp', takeCode());
    expect(await submitAndReadResult(page, '#otp')).toContain('Je bent aangelogd.');
  });

  it('split: six boxes joined into one code on submit', async () => {
    await page.goto(`${CPOINT}/variant/split?user=${USER}`);
    const labels = await page.$$eval('input.digit', (boxes) =>
      boxes.map((b) => b.getAttribute('aria-label')),
    );
    expect(labels).toEqual([
      'Cijfer 1',
      'Cijfer 2',
      'Cijfer 3',
      'Cijfer 4',
      'Cijfer 5',
      'Cijfer 6',
    ]);
    await page.type('input.digit', takeCode());
    expect(await submitAndReadResult(page, 'input.digit')).toContain('Je bent aangelogd.');
  });

  it('iframe-same: the form sits in a same-origin frame', async () => {
    await page.goto(`${CPOINT}/variant/iframe-same?user=${USER}`);
    const frame = findFrame('/variant/frame');
    expect(new URL(frame.url()).origin).toBe(CPOINT);
    await frame.type('#otp', takeCode());
    expect(await submitAndReadResult(frame, '#otp')).toContain('Je bent aangelogd.');
  });

  it('iframe-cross: the form sits in a frame of another origin', async () => {
    await page.goto(`${CPOINT}/variant/iframe-cross?user=${USER}`);
    const frame = findFrame('/variant/frame');
    expect(new URL(frame.url()).origin).toBe('https://www.c-point.be.example.test');
    expect(await frame.$('#otp')).not.toBeNull();
  });

  it('decoy: four invisible otp fields precede the real one', async () => {
    await page.goto(`${CPOINT}/variant/decoy?user=${USER}`);
    const visible = await page.$$eval('input[name=otp]', (fields) =>
      fields.map(
        (f) =>
          f.checkVisibility({ opacityProperty: true }) &&
          f.getBoundingClientRect().width > 0 &&
          f.getBoundingClientRect().right > 0,
      ),
    );
    expect(visible).toEqual([false, false, false, false, true]);
    await page.type('#otp', takeCode());
    expect(await submitAndReadResult(page, '#otp')).toContain('Je bent aangelogd.');
  });

  it('shadow: the field lives in an open shadow root', async () => {
    await page.goto(`${CPOINT}/variant/shadow?user=${USER}`);
    expect(await page.$('#otp')).toBeNull();
    await page.type('code-field >>> #otp', takeCode());
    expect(await submitAndReadResult(page, 'input[name=otp]')).toContain('Je bent aangelogd.');
  });

  it('refuses a wrong code on a variant', async () => {
    await page.goto(`${CPOINT}/variant/split?user=${USER}`);
    const code = takeCode();
    await page.type('input.digit', code === '123456' ? '654321' : '123456');
    expect(await submitAndReadResult(page, 'input.digit')).toContain(
      'De verificatiecode is onjuist.',
    );
  });
});

describe('look-alike hosts and plain http', () => {
  it.each([
    ['https://www.c-point.be.example.test/nl/login', '#username[maxlength="10"]'],
    ['https://www.c-p0int.be/nl/login', '#username[maxlength="10"]'],
    ['https://my-cepa.be/', '#password[maxlength="10"]'],
    ['https://my.cepa.be.example.test/', '#password[maxlength="10"]'],
    ['http://www.c-point.be/nl/login', '#username[maxlength="10"]'],
    ['http://www.c-point.be.example.test/variant/decoy', '#otp'],
    ['http://my.cepa.be/', '#password[maxlength="10"]'],
  ])('%s serves a copy of the page', async (url, selector) => {
    await page.goto(url);
    expect(new URL(page.url()).origin).toBe(new URL(url).origin);
    expect(await page.$(selector)).not.toBeNull();
  });
});

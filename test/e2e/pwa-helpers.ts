/**
 * The PWA as the e2e tests and the bench see it: built once per file into a
 * temp dir with Vite's API, served by `vite preview` on a free port of
 * localhost (a secure context: service worker, camera and WebAuthn work), and
 * the small page steps every PWA test repeats.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import puppeteer, { type HTTPRequest, type Page } from 'puppeteer-core';
import { build, preview, type PreviewServer } from 'vite';
import { buildChromiumArgs, findChromium } from '../harness/chromium.ts';

const CONFIG = resolve(import.meta.dirname, '../../pwa/vite.config.ts');

/** A built and served PWA. */
export interface ServedPwa {
  dir: string;
  url: string;
  close(): Promise<void>;
}

async function findFreePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise((done) => server.close(done));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/**
 * `vite build` as `npm run build` runs it. Vitest sets NODE_ENV=test, which
 * makes Vite and the Preact preset build a development bundle (Preact's
 * debug hooks included), so the shipped bundle is built with NODE_ENV set back.
 */
async function buildForProduction(outDir: string): Promise<void> {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: CONFIG, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
}

/** Builds the PWA into a fresh temp dir (or serves `dir` as is) and previews it. */
export async function servePwa(dir?: string): Promise<ServedPwa> {
  const outDir = dir ?? (await mkdtemp(join(tmpdir(), 'havencode-pwa-')));
  if (dir === undefined) await buildForProduction(outDir);
  const port = await findFreePort();
  const server: PreviewServer = await preview({
    configFile: CONFIG,
    logLevel: 'warn',
    build: { outDir },
    preview: { port, strictPort: true, host: 'localhost' },
  });
  return {
    dir: outDir,
    url: `http://localhost:${port}/`,
    close: async () => {
      await server.close();
      if (dir === undefined) await rm(outDir, { recursive: true, force: true });
    },
  };
}

/** The TOTP code oathtool (an independent implementation) gives for `secret` at `ms`. */
export function runOathtool(secret: string, ms: number, digits = 6): string {
  const at = `@${Math.floor(ms / 1000)}`;
  return execFileSync('oathtool', ['--totp', '-b', `--digits=${digits}`, `--now=${at}`, secret], {
    encoding: 'utf8',
  }).trim();
}

/** Fills an input the way a user types (Preact listens to `input`). */
export async function typeInto(page: Page, testId: string, text: string): Promise<void> {
  await page.locator(`[data-testid="${testId}"]`).fill(text);
}

/** Clicks the element with this data-testid once it is enabled. */
export async function clickTestId(page: Page, testId: string): Promise<void> {
  await page.locator(`[data-testid="${testId}"]:not([disabled])`).click();
}

/** Creates the vault with a PIN and confirms the recovery code; returns the code. */
export async function setUpWithPin(page: Page, pin: string): Promise<string> {
  await typeInto(page, 'setup-pin', pin);
  await typeInto(page, 'setup-pin-confirm', pin);
  await clickTestId(page, 'setup-submit');
  const code = await readTestId(page, 'recovery-code');
  await clickTestId(page, 'recovery-done');
  return code;
}

/** Pastes account URIs into the add panel and submits them. */
export async function addByUri(page: Page, uri: string): Promise<void> {
  await clickTestId(page, 'add-open');
  await typeInto(page, 'add-uri', uri);
  await clickTestId(page, 'add-submit');
}

/** The text of the first element with this data-testid, once it is there. */
export async function readTestId(page: Page, testId: string): Promise<string> {
  const handle = await page.waitForSelector(`[data-testid="${testId}"]`);
  return (await handle!.evaluate((el) => el.textContent ?? '')).trim();
}

/** The digits shown for the account with this issuer, spaces removed. */
export async function readCode(page: Page, issuer: string): Promise<string> {
  const selector = `[data-testid="account"][data-issuer="${issuer}"] [data-testid="account-code"]`;
  const handle = await page.waitForSelector(selector);
  return (await handle!.evaluate((el) => el.textContent ?? '')).replace(/\s/g, '');
}

/** Resolves once the service worker controls the page (the app is precached). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

/**
 * Records the script URLs the page itself loads, e.g. to measure the first
 * load without the scanner. The service worker's own fetches (sw.js, the
 * workbox runtime, the precache) happen beside the page and are left out.
 */
export function recordScripts(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request: HTTPRequest) => {
    const fromPage = request.frame() !== null && !request.isNavigationRequest();
    if (fromPage && request.resourceType() === 'script') urls.push(request.url());
  });
  return urls;
}

/** The gzip size of each built file these URLs name, as a server with gzip would send it. */
export async function measureGzip(dir: string, urls: string[], base: string): Promise<number> {
  let total = 0;
  for (const url of new Set(urls)) {
    const path = new URL(url).pathname.slice(new URL(base).pathname.length);
    total += gzipSync(await readFile(join(dir, path)), { level: 9 }).length;
  }
  return total;
}

/** The Lighthouse categories the issue asks for (Lighthouse 12 has no PWA category). */
export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;

/** Lighthouse's scores for `url`, and the audits that cost points, for the failure message. */
export interface LighthouseScores {
  scores: Record<(typeof LIGHTHOUSE_CATEGORIES)[number], number>;
  belowFull: string[];
}

/**
 * Runs Lighthouse (mobile, simulated throttling: its defaults) in a Chromium
 * of its own with a debugging port, which Lighthouse drives over CDP.
 */
export async function runLighthouse(url: string): Promise<LighthouseScores> {
  const browser = await puppeteer.launch({
    executablePath: await findChromium(),
    headless: true,
    args: [...buildChromiumArgs({ lang: 'nl' }), '--remote-debugging-port=0'],
  });
  try {
    const result = await lighthouse(url, {
      port: Number(new URL(browser.wsEndpoint()).port),
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...LIGHTHOUSE_CATEGORIES],
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const { categories, audits } = result.lhr;
    const score = (id: string) => categories[id]?.score ?? 0;
    return {
      scores: {
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
      },
      belowFull: Object.values(audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
        .map((a) => `${a.id}: ${a.score}`),
    };
  } finally {
    await browser.close();
  }
}

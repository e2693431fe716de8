/**
 * Real-Chromium harness for the autofill tests and bench: builds core/autofill
 * + core/sites into one script on the fly, serves the fixtures under any
 * origin through request interception (so exact-origin rules meet real
 * origins without DNS or a server), and runs the script in every frame.
 */
import { build } from 'esbuild';
import { mkdir, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import type { AutofillReport, StartOptions, TestAccount } from './entry.ts';

const here = import.meta.dirname;
const outDir = join(here, '..', '.tmp', 'autofill');

/** Path on any host → fixture file: look-alike hosts get the same pages, as on the demo server. */
export const routes: Record<string, string> = {
  '/nl/login': 'cpoint-login.html',
  '/nl/mfa': 'cpoint-mfa.html',
  '/nl/mfa/registreren': 'cpoint-enrol.html',
  '/nl/email-code': 'cpoint-email-code.html',
  '/elders/code': 'cpoint-email-code.html',
  '/nl/wachtwoord-vergeten': 'cpoint-reset.html',
  '/elders/reset': 'cpoint-reset.html',
  '/': 'cepa-login.html',
  '/otp-activatie': 'cepa-activation.html',
  '/instellingen': 'cepa-payslip-bare.html',
  '/variant/decoy': 'decoys.html',
  '/variant/decoy-only': 'decoys-only.html',
  '/variant/split': 'split.html',
  '/variant/split-late': 'split-late.html',
  '/variant/shadow': 'shadow.html',
  '/variant/shadow-late': 'shadow-late.html',
  '/variant/spa': 'spa.html',
  '/variant/late-visible': 'late-visible.html',
  '/variant/iframe-same': 'iframe-same.html',
  '/variant/iframe-cross': 'iframe-cross.html',
  '/variant/iframe-late': 'iframe-late.html',
  '/variant/frame': 'frame.html',
  '/evil': 'evil-wrap.html',
  '/generic/refused': 'generic-refused.html',
  '/generic/fr': 'generic-fr.html',
};

/** Builds the test entry (core/autofill + core/sites) into an IIFE and returns its source. */
export async function buildAutofillBundle(): Promise<string> {
  await mkdir(outDir, { recursive: true });
  const outfile = join(outDir, 'bundle.js');
  await build({
    entryPoints: [join(here, 'entry.ts')],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    outfile,
    logLevel: 'warning',
  });
  return readFile(outfile, 'utf8');
}

/** One headless Chromium with the project's standard flags. */
export function launchChromium(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-component-update',
      '--disable-background-networking',
      // Chromium silently upgrades http:// navigations to https://; the tests
      // must see a real http page to prove it is refused.
      '--disable-features=HttpsUpgrades',
    ],
  });
}

/**
 * Answers every request of `page` from the fixtures, whatever the scheme, host
 * or port; `extra` maps more paths straight to HTML (generated pages).
 */
export async function serveFixtures(page: Page, extra: Record<string, string> = {}): Promise<void> {
  const pages = new Map<string, string>();
  for (const file of await readdir(join(here, 'fixtures'))) {
    pages.set(file, await readFile(join(here, 'fixtures', file), 'utf8'));
  }
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    const file = routes[path];
    const body = extra[path] ?? (file === undefined ? undefined : pages.get(file));
    if (body === undefined) void request.respond({ status: 404, body: 'not found' });
    else void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
}

/** Runs the bundle in `frame` and starts autofill there with `accounts`; resolves to its status. */
export async function startInFrame(
  frame: Frame,
  bundle: string,
  accounts: TestAccount[],
  options: StartOptions = {},
): Promise<AutofillReport['status']> {
  await frame.evaluate(bundle);
  return frame.evaluate(
    (list, opts) =>
      (
        globalThis as unknown as {
          havenAutofill: { start: (a: TestAccount[], o: StartOptions) => string };
        }
      ).havenAutofill.start(list, opts) as AutofillReport['status'],
    accounts,
    options,
  );
}

/** The report the bundle left in `frame`. */
export function readReport(frame: Frame): Promise<AutofillReport> {
  return frame.evaluate(
    () => (globalThis as unknown as { havenReport: AutofillReport }).havenReport,
  );
}

/**
 * The autofill fixtures, served under any origin through request
 * interception (so exact-origin rules meet real origins without DNS or a
 * server) to a browser running the built extension.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';

const here = import.meta.dirname;

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

/**
 * Firefox (Debian's firefox-esr) driven over WebDriver BiDi, with the
 * extension's Firefox build installed as a temporary add-on. Firefox has no
 * --host-resolver-rules: its proxy settings send every https request to a
 * small CONNECT proxy here that tunnels it to the demo sites' port, so
 * https://www.c-point.be really is the local site (its self-signed
 * certificate accepted, as in the Chromium tests).
 */
import { connect, createServer, type Server } from 'node:net';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { DemoSites } from '../sites/server.ts';
import { findBrowser } from './chromium.ts';

/** `npm run build`'s Firefox build. */
const FIREFOX_BUILD = resolve(import.meta.dirname, '../../.output/firefox-mv2');
/** The extension's id in its Firefox manifest (browser_specific_settings.gecko.id). */
export const FIREFOX_EXTENSION_ID = 'havencode@havencode.be';
/** Fixed instead of random, so the tests know the extension's moz-extension:// origin. */
const EXTENSION_UUID = '6a1f0c1e-4b8e-4f55-9d2a-3c7b5e0d9a41';

/** Firefox with the extension installed. */
export interface FirefoxWithExtension {
  browser: Browser;
  /** The extension page whose address starts with `path` (e.g. '/popup.html'), once open. */
  waitForExtensionPage(path: string): Promise<ExtensionPage>;
  close(): Promise<void>;
}

/**
 * A moz-extension:// page, driven through its main world only: Firefox's
 * BiDi refuses puppeteer's isolated world (waitForSelector, type) there.
 * Clicks and input are DOM events, which is what the Preact UI listens to.
 */
export interface ExtensionPage {
  waitFor(selector: string): Promise<void>;
  /** Whether `selector` is in the page now. */
  has(selector: string): Promise<boolean>;
  click(selector: string): Promise<void>;
  fill(selector: string, text: string): Promise<void>;
}

/** The Firefox to test with: FIREFOX_PATH or Debian's firefox-esr. */
export function findFirefox(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return findBrowser(
    'Firefox',
    env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    'apt-get install -y firefox-esr (or set FIREFOX_PATH)',
  );
}

/** A CONNECT proxy that tunnels every request to `port` on this machine. */
async function startTunnel(port: number): Promise<{ server: Server; port: number }> {
  const server = createServer((client) => {
    client.once('data', (head) => {
      const upstream = connect(port, '127.0.0.1', () => {
        if (head.toString('latin1').startsWith('CONNECT ')) {
          client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        } else {
          upstream.write(head);
        }
        client.pipe(upstream).pipe(client);
      });
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no proxy port');
  return { server, port: address.port };
}

/** Launches headless Firefox in `lang` with the Firefox build of the extension, on the demo sites. */
export async function launchFirefox(
  sites: Pick<DemoSites, 'port'>,
  lang = 'nl',
): Promise<FirefoxWithExtension> {
  const tunnel = await startTunnel(sites.port);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: await findFirefox(),
    headless: true,
    acceptInsecureCerts: true,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': tunnel.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': tunnel.port,
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_EXTENSION_ID]: EXTENSION_UUID }),
      'intl.accept_languages': lang,
    },
  });
  try {
    await browser.installExtension(FIREFOX_BUILD);
  } catch (error) {
    await browser.close();
    tunnel.server.close();
    throw error;
  }
  return {
    browser,
    waitForExtensionPage: async (path) => {
      const url = `moz-extension://${EXTENSION_UUID}${path}`;
      for (let tries = 0; tries < 100; tries++) {
        for (const page of await browser.pages()) {
          // BiDi keeps reporting about:blank for a window an extension opened: ask the page.
          const href = await page.evaluate(() => location.href).catch(() => '');
          if (href.startsWith(url)) return driveExtensionPage(page);
        }
        await new Promise((resume) => setTimeout(resume, 100));
      }
      throw new Error(`no extension page ${url}`);
    },
    close: async () => {
      await browser.close();
      tunnel.server.close();
    },
  };
}

function driveExtensionPage(page: Page): ExtensionPage {
  const has = (selector: string) =>
    page.evaluate((s) => document.querySelector(s) !== null, selector);
  const waitFor = async (selector: string) => {
    for (let tries = 0; tries < 300; tries++) {
      if (await has(selector)) return;
      await new Promise((resume) => setTimeout(resume, 100));
    }
    throw new Error(`no ${selector} in ${page.url()}`);
  };
  return {
    waitFor,
    has,
    click: async (selector) => {
      await waitFor(selector);
      await page.evaluate((s) => document.querySelector<HTMLElement>(s)?.click(), selector);
    },
    fill: async (selector, text) => {
      await waitFor(selector);
      await page.evaluate(
        (s, value) => {
          const input = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(s);
          if (!input) return;
          input.focus();
          input.value = value;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        },
        selector,
        text,
      );
    },
  };
}

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TOTP } from 'otpauth';
import { expect } from 'vitest';
import puppeteer, { ProtocolError, TargetType, type Browser, type Page } from 'puppeteer-core';
import { EXTENSION_DIR } from '../harness/browser.ts';
import { buildChromiumArgs, findChromium } from '../harness/chromium.ts';
import { startDemoSites, type DemoSites } from '../sites/server.ts';

/** The PIN every extension test sets up the vault with. */
export const PIN = '482916';

/** A Chromium with the extension on a profile directory that outlives the browser. */
export interface ExtensionBrowser {
  browser: Browser;
  extensionId: string;
  userDataDir: string;
  /** popup.html opened as a tab. */
  openPopup(): Promise<Page>;
  /** Clicks the toolbar button for `page` (grants activeTab) and returns the real popup. */
  openActionPopup(page: Page): Promise<Page>;
  /** Closes the browser; the profile stays for a relaunch. */
  close(): Promise<void>;
  /** Closes the browser and deletes the profile. */
  dispose(): Promise<void>;
}

/**
 * Launches Chromium like test/harness/browser.ts does, but on `userDataDir`
 * when given, so a test can close the browser and start it again on the
 * same profile (what a browser restart is).
 */
export async function launchExtensionBrowser(options: {
  sites: Pick<DemoSites, 'hostRules'>;
  lang?: string;
  userDataDir?: string;
}): Promise<ExtensionBrowser> {
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'havencode-ext-')));
  const lang = options.lang ?? 'nl';
  const browser = await puppeteer.launch({
    executablePath: await findChromium(),
    headless: true,
    pipe: true,
    userDataDir,
    args: buildChromiumArgs({ hostRules: options.sites.hostRules, lang }),
    enableExtensions: [EXTENSION_DIR],
    defaultViewport: { width: 1280, height: 900 },
    env: { ...process.env, LANGUAGE: lang },
  });
  const worker = await browser.waitForTarget(
    (t) => t.type() === TargetType.SERVICE_WORKER && t.url().startsWith('chrome-extension://'),
    { timeout: 10_000 },
  );
  const extensionId = new URL(worker.url()).host;
  return {
    browser,
    extensionId,
    userDataDir,
    openPopup: async () => {
      const page = await browser.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      return page;
    },
    openActionPopup: async (page) => {
      const extension = (await browser.extensions()).get(extensionId);
      if (extension === undefined) throw new Error('the extension is not installed');
      const before = new Set(browser.targets());
      await page.triggerExtensionAction(extension);
      const target = await browser.waitForTarget(
        (t) => !before.has(t) && t.url().endsWith('/popup.html'),
      );
      const popup = await target.asPage();
      if (popup === null) throw new Error('the popup has no page');
      return popup;
    },
    close: () => browser.close(),
    dispose: async () => {
      await browser.close();
      await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

/** Clicks `selector` once it is there (the popup renders after its vault has opened). */
export async function tap(page: Page, selector: string): Promise<void> {
  const element = await page.waitForSelector(selector);
  if (element === null) throw new Error(`no ${selector}`);
  await element.click();
}

/** First run in the popup: a vault with `PIN`, recovery code acknowledged, the list shown. */
export async function setUpWithPin(popup: Page): Promise<void> {
  await popup.waitForSelector('[data-testid=setup-pin]');
  await popup.type('[data-testid=setup-pin]', PIN);
  await popup.type('[data-testid=setup-pin-confirm]', PIN);
  await tap(popup, '[data-testid=setup-submit]');
  await tap(popup, '[data-testid=recovery-done]');
  await popup.waitForSelector('[data-testid=add-open]');
}

/** Unlocks the popup with `PIN`. */
export async function unlockWithPin(popup: Page): Promise<void> {
  await popup.waitForSelector('[data-testid=unlock-pin]');
  await popup.type('[data-testid=unlock-pin]', PIN);
  await tap(popup, '[data-testid=unlock-submit]');
  await popup.waitForSelector('[data-testid=add-open]');
}

/** Adds an account by pasting its URI and waits until the list shows `count` accounts. */
export async function addUri(popup: Page, uri: string, count = 1): Promise<void> {
  await tap(popup, '[data-testid=add-open]');
  await popup.type('[data-testid=add-uri]', uri);
  await tap(popup, '[data-testid=add-submit]');
  await popup.waitForFunction(
    (n) => document.querySelectorAll('[data-testid=account]').length === n,
    {},
    count,
  );
}

/** The otpauth URI the C-point demo site enrols with. */
export function cpointUri(username: string, secret: string): string {
  return `otpauth://totp/C-point:${username}?secret=${secret}&issuer=C-point`;
}

/** The otpauth URI of a MyCepa activation. */
export function mycepaUri(werkboeknummer: string, secret: string): string {
  return `otpauth://totp/MyCepa:${werkboeknummer}?secret=${secret}&issuer=MyCepa&digits=10&period=30`;
}

/**
 * The TOTP codes for `secret` now and 5 s ago (an independent check of what
 * was filled; a code filled just before a 30 s step still counts).
 */
export function recentCodes(secret: string, digits = 6): string[] {
  const totp = new TOTP({ secret, digits });
  return [totp.generate(), totp.generate({ timestamp: Date.now() - 5000 })];
}

/** Logs in on C-point with the authenticator method and waits for the code page. */
export async function loginCpoint(page: Page, username: string, password: string): Promise<void> {
  await page.goto('https://www.c-point.be/nl/login');
  await page.type('#username', username);
  await page.type('#password', password);
  await page.click('input[name=method][value=app]');
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
}

/** Submits the page's form and resolves to the path it lands on. */
export async function submit(page: Page, selector = 'button[type=submit]'): Promise<string> {
  await Promise.all([page.waitForNavigation(), page.click(selector)]);
  return new URL(page.url()).pathname;
}

/** The C-point user of the first-use tests, who has no authenticator app yet. */
const NEW_USER = { username: 'nieuw', password: 'Haven2026!', email: 'n@example.be' } as const;

/** Logs in on C-point as the first-use user; resolves to the path the login lands on. */
export async function logInAsNewUser(page: Page): Promise<string> {
  await page.goto('https://www.c-point.be/nl/login');
  await page.type('#username', NEW_USER.username);
  await page.type('#password', NEW_USER.password);
  return submit(page);
}

/**
 * A first-time C-point user: created on the demo site, logged in, past the
 * e-mail code, on the page that shows the QR code. Resolves to that user.
 */
export async function reachCpointEnrolment(page: Page, sites: DemoSites) {
  const user = sites.users.addCpointUser(NEW_USER);
  expect(await logInAsNewUser(page)).toBe('/nl/mfa/geen-app');
  expect(await submit(page)).toBe('/nl/email-code');
  await page.type('#emailCode', sites.users.outbox(NEW_USER.username).at(-1)?.code ?? '');
  expect(await submit(page)).toBe('/nl/mfa/registreren');
  return user;
}

/**
 * The first-use user's next login: the code field fills by itself and
 * C-point takes the code. Within the 30 s step of the code just sent,
 * Havencode waits for the next code (and says so): up to a step's wait.
 */
export async function expectNextLoginFilled(page: Page) {
  await page.goto('https://www.c-point.be/nl/afmelden');
  expect(await logInAsNewUser(page)).toBe('/nl/mfa');
  await waitForValue(page, '#otp', 6, 32_000);
  expect(await submit(page)).toBe('/nl/welkom');
}

/** Waits until the field at `selector` holds `length` characters; resolves to its value. */
export async function waitForValue(
  page: Page,
  selector: string,
  length: number,
  timeout = 3000,
): Promise<string> {
  await page.waitForFunction(
    (s, n) => (document.querySelector<HTMLInputElement>(s)?.value.length ?? 0) === n,
    { timeout },
    selector,
    length,
  );
  return page.$eval(selector, (e) => (e as HTMLInputElement).value);
}

/** Resolves after `ms` of page time: lets the content script do whatever it would do. */
export function settle(page: Page, ms = 700): Promise<void> {
  return page.evaluate((wait) => new Promise<void>((done) => setTimeout(done, wait)), ms);
}

/** Stops every service worker of the browser, as Chrome does after 30 s idle. */
export async function stopServiceWorkers(browser: Browser): Promise<void> {
  const page = await browser.newPage();
  const session = await page.createCDPSession();
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  await page.close();
  await waitUntil(() => !browser.targets().some((t) => t.type() === TargetType.SERVICE_WORKER));
}

async function waitUntil(done: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!done()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Clicks Havencode's inline button beside `selector`. It lives in a closed
 * shadow root (the page can't reach it, nor can selectors), so the click
 * goes where the user would click: the middle of the Havencode element
 * nearest to `selector`, once it has stood still long enough to count.
 */
export async function clickInlineButton(page: Page, selector: string): Promise<void> {
  const spot = await inlineButtonSpot(page, selector);
  await page.mouse.click(spot.x, spot.y);
}

/**
 * The middle of the Havencode element nearest to `selector`, once it may be
 * clicked: found as a user finds it, by where it is on screen (hit-testing
 * the viewport), whatever the layout inside its closed shadow root.
 */
export async function inlineButtonSpot(
  page: Page,
  selector: string,
): Promise<{ x: number; y: number }> {
  await page.waitForSelector('havencode-inline');
  // visible-click.ts: a button counts a click after half a second in place.
  await settle(page, 700);
  return page.$eval(selector, (anchor) => {
    const hits = new Map<Element, { x: number; y: number; n: number }>();
    for (let y = 2; y < innerHeight; y += 6) {
      for (let x = 2; x < innerWidth; x += 6) {
        const host = document.elementFromPoint(x, y);
        if (host?.localName !== 'havencode-inline') continue;
        const sum = hits.get(host) ?? { x: 0, y: 0, n: 0 };
        hits.set(host, { x: sum.x + x, y: sum.y + y, n: sum.n + 1 });
      }
    }
    const a = anchor.getBoundingClientRect();
    const spots = [...hits.values()].map((sum) => ({ x: sum.x / sum.n, y: sum.y / sum.n }));
    const distance = (p: { x: number; y: number }) =>
      Math.hypot(p.x - (a.left + a.width / 2), p.y - (a.top + a.height / 2));
    const [nearest] = spots.sort((p, q) => distance(p) - distance(q));
    if (!nearest) throw new Error('no Havencode element on screen');
    return nearest;
  });
}

/**
 * The text Havencode shows on the page (its closed shadow roots), read the
 * way the browser's own tools see it, as a screen reader would: a page
 * script can't, and neither can selectors.
 */
export async function inlineTexts(page: Page): Promise<string[]> {
  const session = await page.createCDPSession();
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: CdpNode;
  };
  await session.detach();
  const texts: string[] = [];
  const walk = (node: CdpNode, inside: boolean) => {
    if (node.localName === 'style') return;
    const ours = inside || node.localName === 'havencode-inline';
    if (ours && node.nodeType === 3 && node.nodeValue.trim() !== '') texts.push(node.nodeValue);
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) walk(child, ours);
  };
  walk(root, false);
  return texts;
}

interface CdpNode {
  nodeType: number;
  localName: string;
  nodeValue: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/** The accounts the popup lists, as issuer:account, read afresh. */
export async function listedAccounts(popup: Page): Promise<string[]> {
  await popup.reload();
  await popup.waitForSelector('[data-testid=add-open]');
  // The list is read right after the vault opens: give it that moment.
  await settle(popup, 300);
  return popup.$$eval('[data-testid=account]', (items) =>
    items.map((i) => `${i.getAttribute('data-issuer')}:${i.getAttribute('data-account')}`),
  );
}

/** Whether Havencode's confirmation window is open. */
export function isConfirmWindowOpen(browser: Browser): boolean {
  return browser.targets().some((t) => t.url().includes('/confirm.html'));
}

/**
 * Havencode's confirmation window (confirm.html), once it shows its
 * question: resolves to its page and the question's text.
 */
export async function waitForConfirmWindow(
  browser: Browser,
): Promise<{ window: Page; text: string }> {
  const target = await browser.waitForTarget((t) => t.url().includes('/confirm.html'), {
    timeout: 10_000,
  });
  const window = await target.asPage();
  if (window === null) throw new Error('the confirmation window has no page');
  await window.waitForSelector('[data-testid=confirm-yes]');
  const text = await window.$eval('#confirm-message', (e) => (e as HTMLElement).innerText);
  return { window, text };
}

/** Answers Havencode's confirmation window; resolves to the question's text. */
export async function answerConfirmWindow(browser: Browser, yes: boolean): Promise<string> {
  const { window, text } = await waitForConfirmWindow(browser);
  // The answer closes the window, maybe before the mouse is up again.
  await window
    .click(`[data-testid=${yes ? 'confirm-yes' : 'confirm-no'}]`)
    .catch((error: unknown) => {
      if (!(error instanceof ProtocolError)) throw error;
    });
  return text;
}

/**
 * Havencode's "which account?" window: resolves to the names on its buttons
 * and a way to click the one that reads `name`.
 */
export async function waitForChooseWindow(browser: Browser): Promise<{
  names: string[];
  choose: (name: string) => Promise<void>;
}> {
  const target = await browser.waitForTarget((t) => t.url().includes('/confirm.html'), {
    timeout: 10_000,
  });
  const window = await target.asPage();
  if (window === null) throw new Error('the choice window has no page');
  await window.waitForSelector('[data-testid=choose-account]');
  const names = await window.$$eval('[data-testid=choose-account]', (buttons) =>
    buttons.map((b) => (b as HTMLElement).innerText),
  );
  return {
    names,
    choose: async (name) => {
      const index = names.indexOf(name);
      if (index < 0) throw new Error(`no account button ${name}`);
      const buttons = await window.$$('[data-testid=choose-account]');
      // The answer closes the window, maybe before the mouse is up again.
      await buttons[index]!.click().catch((error: unknown) => {
        if (!(error instanceof ProtocolError)) throw error;
      });
    },
  };
}

/** The demo users of the fill tests: a C-point and a MyCepa account with known secrets. */
export const DEMO = {
  cpoint: { username: 'jdevos', password: 'Haven2026!', secret: 'JBSWY3DPEHPK3PXP' },
  mycepa: { werkboeknummer: '0471234', secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ' },
} as const;

/**
 * Demo sites with the DEMO users, and the extension set up with a PIN and
 * one account for each site: the unlocked starting point of the fill tests.
 */
export async function startUnlockedWithDemoAccounts(): Promise<{
  sites: DemoSites;
  ext: ExtensionBrowser;
  popup: Page;
}> {
  const sites = await startDemoSites();
  sites.users.addCpointUser({
    username: DEMO.cpoint.username,
    password: DEMO.cpoint.password,
    email: 'j@example.be',
    totpSecret: DEMO.cpoint.secret,
  });
  sites.users.addMycepaUser({
    werkboeknummer: DEMO.mycepa.werkboeknummer,
    payslipPasswords: ['p1', 'p2', 'p3', 'p4'],
    totpSecret: DEMO.mycepa.secret,
  });
  const ext = await launchExtensionBrowser({ sites });
  const popup = await ext.openPopup();
  await setUpWithPin(popup);
  await addUri(popup, cpointUri(DEMO.cpoint.username, DEMO.cpoint.secret), 1);
  await addUri(popup, mycepaUri(DEMO.mycepa.werkboeknummer, DEMO.mycepa.secret), 2);
  return { sites, ext, popup };
}

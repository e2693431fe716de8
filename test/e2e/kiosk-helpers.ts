/** What the kiosk browser tests share: workers with their own virtual security keys, and C-point's code page. */
import type { Page } from 'puppeteer-core';
import type { TestBrowser } from '../harness/browser.ts';
import { addVirtualAuthenticator } from '../harness/webauthn.ts';
import type { VirtualAuthenticator } from '../harness/webauthn.ts';
import type { DemoSites } from '../sites/server.ts';

/** A popup driven as the kiosk's workers, each holding only their own key. */
export interface KioskWorkers {
  enrol(name: string, uri: string): Promise<void>;
  unlock(name: string): Promise<void>;
  /**
   * The worker uses their key while a site tab waits to be filled: that fill
   * locks the vault again at once, often before the popup has drawn the
   * accounts, so nothing is awaited in the popup.
   */
  unlockToFill(name: string): Promise<void>;
  /** The worker lost their security key: it is gone from the PC. */
  loseKey(name: string): Promise<void>;
}

/** Workers on `popup` (the popup page may be replaced: pass a getter). */
export function kioskWorkers(popup: () => Page): KioskWorkers {
  const keys: Record<string, VirtualAuthenticator> = {};
  // Only this worker's key answers, as if only they held theirs to the PC.
  const presentKey = async (name: string) => {
    for (const [owner, key] of Object.entries(keys)) {
      await key.session.send('WebAuthn.setAutomaticPresenceSimulation', {
        authenticatorId: key.id,
        enabled: owner === name,
      });
    }
  };
  const unlockToFill = async (name: string) => {
    const page = popup();
    await presentKey(name);
    await (await findWorker(page, name)).click();
  };
  return {
    async enrol(name, uri) {
      const page = popup();
      keys[name] = await addVirtualAuthenticator(page, { transport: 'usb' });
      await presentKey(name);
      await page.type('[data-testid=profile-name]', name);
      await page.click('[data-testid=profile-add]');
      await (await page.waitForSelector('[data-testid=recovery-done]'))!.click();
      await (await page.waitForSelector('[data-testid=add-open]'))!.click();
      await page.type('[data-testid=add-uri]', uri);
      await page.click('[data-testid=add-submit]');
      await page.waitForSelector('[data-testid=account]');
      await page.click('[data-testid=lock]');
      await page.waitForSelector('[data-testid=worker-search]');
    },
    async unlock(name) {
      await unlockToFill(name);
      await popup().waitForSelector('[data-testid=account]');
    },
    unlockToFill,
    async loseKey(name) {
      const key = keys[name];
      if (key === undefined) return;
      await key.session.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId: key.id });
      delete keys[name];
    },
  };
}

/** Types `query` into the lock screen's search (replacing what was there); resolves to the names it finds. */
export async function searchWorkers(page: Page, query: string): Promise<string[]> {
  await page.waitForSelector('[data-testid=worker-search]');
  await page.$eval('[data-testid=worker-search]', (e) => ((e as HTMLInputElement).value = ''));
  await page.type('[data-testid=worker-search]', query);
  return page.$$eval('[data-testid=profile]', (buttons) =>
    buttons.map((b) => b.getAttribute('data-name') ?? ''),
  );
}

/** Finds the worker called `name` by typing it on the lock screen; resolves to their button. */
export async function findWorker(page: Page, name: string) {
  await searchWorkers(page, name);
  return (await page.waitForSelector(`[data-testid=profile][data-name="${name}"]`))!;
}

/** A new tab at C-point's code step for user jan (password 'haven'). */
export async function cpointCodePage(chromium: TestBrowser, sites: DemoSites): Promise<Page> {
  const page = await chromium.newPage();
  await page.goto(`${sites.origin('www.c-point.be')}/nl/login`);
  await page.type('#username', 'jan');
  await page.type('#password', 'haven');
  await page.click('input[name=method][value=app]');
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  await page.waitForSelector('#otp');
  return page;
}

/** What C-point's code field holds. */
export const otpValue = (page: Page) =>
  page.$eval('#otp', (field) => (field as HTMLInputElement).value);

/** Waits `ms` (a fill that should not come gets this long to come). */
export const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Watches the popup from the moment it opens until kiosk mode shows, and
 * says whether anything of personal mode (vault setup with a PIN or passkey,
 * the PIN unlock) was on screen meanwhile.
 */
export async function openPopupWatchingForPersonalMode(
  chromium: TestBrowser,
): Promise<{ popup: Page; personalSeen: boolean; kioskAfterMs: number }> {
  const started = Date.now();
  const page = await chromium.browser.newPage();
  let personalSeen = false;
  const url = `chrome-extension://${chromium.extensionId}/popup.html`;
  // Not awaited: what shows while the page loads is the point.
  const loading = page.goto(url);
  for (;;) {
    const seen = await page
      .evaluate(() => ({
        personal:
          document.querySelector(
            '[data-testid=setup-pin],[data-testid=setup-passkey],[data-testid=unlock-pin]',
          ) !== null,
        kiosk: document.querySelector('[data-testid=profile-name]') !== null,
      }))
      .catch(() => ({ personal: false, kiosk: false })); // the page may be reloading
    personalSeen ||= seen.personal;
    if (seen.kiosk) {
      await loading;
      return { popup: page, personalSeen, kioskAfterMs: Date.now() - started };
    }
    if (Date.now() - started > 20_000) throw new Error('kiosk mode never showed');
    await pause(25);
  }
}

/**
 * Seeds `names.length` workers straight into the popup's IndexedDB, each a
 * copy of the first enrolled worker's vault row under a new id and name, in
 * one transaction. 500 real enrolments (a security-key ceremony each) would
 * take minutes; the lock screen only reads these rows, it never opens them.
 */
export async function seedWorkers(page: Page, names: readonly string[]): Promise<void> {
  await page.evaluate(
    (names) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('havencode');
        open.onerror = () => reject(new Error('cannot open the vault database'));
        open.onsuccess = () => {
          const tx = open.result.transaction('profiles', 'readwrite');
          const store = tx.objectStore('profiles');
          const first = store.getAll();
          first.onsuccess = () => {
            const template = (first.result as Record<string, unknown>[])[0];
            if (template === undefined) return reject(new Error('enrol one worker first'));
            for (const name of names) store.add({ ...template, id: crypto.randomUUID(), name });
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('seeding failed'));
        };
      }),
    names,
  );
}

/**
 * Everything the extension keeps, read raw in one of its pages: every
 * IndexedDB database (each store's keys and values) and chrome.storage's
 * local, session and sync areas, as one JSON text with bytes in hex — to
 * search for what must not be left. (A string, not a function: the page
 * gets it as written, without a bundler's helpers.)
 */
export async function dumpStorage(page: Page): Promise<string> {
  return page.evaluate<[], () => Promise<string>>(`(async () => {
    const request = (r) => new Promise((ok, fail) => { r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
    const dump = { indexedDB: {}, storage: {} };
    for (const { name } of await indexedDB.databases()) {
      const db = await request(indexedDB.open(name));
      const stores = {};
      for (const store of db.objectStoreNames) {
        const tx = db.transaction(store);
        stores[store] = {
          keys: await request(tx.objectStore(store).getAllKeys()),
          values: await request(tx.objectStore(store).getAll()),
        };
      }
      db.close();
      dump.indexedDB[name] = stores;
    }
    for (const area of ['local', 'session', 'sync']) dump.storage[area] = await chrome.storage[area].get(null);
    return JSON.stringify(dump, (_key, value) =>
      ArrayBuffer.isView(value) || value instanceof ArrayBuffer
        ? [...new Uint8Array(value.buffer ?? value)].map((b) => b.toString(16).padStart(2, '0')).join('')
        : value);
  })()`);
}

/** The hex of every byte string in `value` (a vault row from dumpStorage), to look for after forgetting. */
export function byteTraces(value: unknown): string[] {
  if (typeof value === 'string') return /^[0-9a-f]{24,}$/.test(value) ? [value] : [];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(byteTraces);
}

const clockShifts = new WeakMap<Page, string>();

/** Opens the popup in `page` with its clock `offsetMs` ahead (Date.now in the popup; see the README's test hooks). */
export async function shiftPopupClock(page: Page, offsetMs: number): Promise<void> {
  const earlier = clockShifts.get(page);
  if (earlier !== undefined) await page.removeScriptToEvaluateOnNewDocument(earlier);
  const { identifier } = await page.evaluateOnNewDocument((offset) => {
    const realNow = Date.now.bind(Date);
    Date.now = () => realNow() + offset;
  }, offsetMs);
  clockShifts.set(page, identifier);
  await page.reload();
  await page.waitForSelector('[data-testid=worker-search]');
}

/**
 * Crash safety in real Chromium: a stream of vault writes (account batches,
 * label updates, PIN changes) is cut off by a crashed renderer or a killed
 * browser; after reopening, the vault unlocks with the old or the new PIN and
 * every record decrypts; no batch is half-written. Then what the vault kept
 * to go back to (recently deleted, snapshots of its last changes) restores.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildVaultPage, launchVaultBrowser, serveDirectory } from '../vault/harness.ts';

const PINS: [string, string] = ['111111', '222222'];
let server: Server;
let origin: string;

beforeAll(async () => {
  ({ server, origin } = await serveDirectory(await buildVaultPage()));
});

afterAll(() => {
  server?.close();
});

async function openPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(origin);
  await page.waitForFunction(() => window.haven !== undefined);
  return page;
}

/** Creates a vault with 5 accounts and starts the endless write stream; resolves once `steps` batches are done. */
async function startWriting(page: Page, steps: number): Promise<string> {
  const vaultId = await page.evaluate(async (pin) => {
    const h = window.haven;
    const db = await h.openHavenDb();
    const { session } = await h.createVault(db, { name: 'W1', pin, kdf: h.ARGON2_FLOOR });
    await session.addAccounts([0, 1, 2, 3, 4].map((i) => h.makeAccount(`init${i}`)));
    session.lock();
    db.close();
    return session.vaultId;
  }, PINS[0]);
  await page.evaluate((id, pins) => void window.haven.startWrites(id, pins), vaultId, PINS);
  await page.waitForFunction(
    (n: number) => window.haven.progress.batches >= n && window.haven.progress.pinChanges >= 1,
    {},
    steps,
  );
  return vaultId;
}

/** Unlocks with whichever PIN works and decrypts every record. */
async function reopenVault(
  page: Page,
  vaultId: string,
): Promise<{ pins: string[]; count: number; labels: number }> {
  return page.evaluate(
    async (id, pins) => {
      const h = window.haven;
      const db = await h.openHavenDb();
      const opened: string[] = [];
      let count = -1;
      let labels = 0;
      for (const pin of pins) {
        const session = await h.unlockWithPin(db, id, pin).catch((e: { code?: string }) => {
          if (e.code !== 'vault/wrong-pin') throw e;
          return undefined;
        });
        if (session === undefined) continue;
        opened.push(pin);
        const accounts = await session.listAccounts();
        count = accounts.length;
        labels = accounts.filter((a) => a.label?.startsWith('step ')).length;
      }
      return { pins: opened, count, labels };
    },
    vaultId,
    PINS,
  );
}

/** Crashes the renderer or kills the browser mid-write; resolves to the browser to go on with. */
async function crash(
  browser: Browser,
  page: Page,
  how: 'renderer' | 'browser',
  userDataDir: string,
): Promise<Browser> {
  if (how === 'renderer') {
    const cdp = await page.createCDPSession();
    const crashed = new Promise((resolve) => page.once('error', resolve));
    // The reply never comes (the renderer is gone): wait for puppeteer's crash event instead.
    cdp.send('Page.crash').catch(() => undefined);
    await crashed;
    return browser;
  }
  browser.process()?.kill('SIGKILL');
  await new Promise((resolve) => browser.process()?.once('exit', resolve));
  return launchVaultBrowser(userDataDir);
}

const CRASHES = [
  ['the renderer crashes (Page.crash)', 'renderer'],
  ['the browser is killed (SIGKILL)', 'browser'],
] as const;

describe('a crash mid-write leaves the old or the new state', () => {
  it.each(CRASHES)('when %s', async (_name, how) => {
    const userDataDir = await mkdtemp(join(tmpdir(), 'havencode-crash-'));
    let browser = await launchVaultBrowser(userDataDir);
    try {
      const page = await openPage(browser);
      const vaultId = await startWriting(page, 6);
      const acknowledged = await page.evaluate(() => window.haven.progress.batches);
      browser = await crash(browser, page, how, userDataDir);
      const state = await reopenVault(await openPage(browser), vaultId);
      expect(state.pins).toHaveLength(1);
      // What was committed before the crash is still there; what was in flight is all or nothing.
      expect(state.count).toBeGreaterThanOrEqual(5 + 5 * acknowledged);
      expect(state.count % 5).toBe(0);
      expect(state.labels).toBeGreaterThanOrEqual(acknowledged);
    } finally {
      await browser.close();
      await rm(userDataDir, { recursive: true, force: true });
    }
  });
});

/** What going back after the crash found: each step's account count, all decrypted. */
interface Recovery {
  restoredDeleted: boolean;
  snapshots: number;
  oldest: number;
  afterRestore: number;
  afterUndo: number;
  before: number;
}

describe('after a crash mid-write, what was kept can still be restored', () => {
  it.each(CRASHES)('when %s', async (_name, how) => {
    const userDataDir = await mkdtemp(join(tmpdir(), 'havencode-crash-restore-'));
    let browser = await launchVaultBrowser(userDataDir);
    try {
      const page = await openPage(browser);
      const vaultId = await startWriting(page, 4);
      browser = await crash(browser, page, how, userDataDir);
      const after = await openPage(browser);
      const found = await after.evaluate(
        async (id, pins): Promise<Recovery> => {
          const h = window.haven;
          const db = await h.openHavenDb();
          let session;
          for (const pin of pins) {
            session ??= await h.unlockWithPin(db, id, pin).catch(() => undefined);
          }
          if (session === undefined) throw new Error('no PIN opens the vault');
          // Recently deleted: one of the first accounts, deleted after the crash, comes back.
          const [first] = await session.listAccounts();
          if (first === undefined) throw new Error('no account');
          await session.deleteAccount(first.id);
          await session.restoreAccount(first.id);
          const restoredDeleted = (await session.listAccounts()).some((a) => a.id === first.id);
          // Snapshots: the oldest kept state comes back whole, and going back is undone.
          const before = (await session.listAccounts()).length;
          const list = await session.listSnapshots();
          const oldest = list.at(-1);
          if (oldest === undefined) throw new Error('no snapshot');
          await session.restoreSnapshot(oldest.id);
          const afterRestore = (await session.listAccounts()).length;
          const [undo] = await session.listSnapshots();
          if (undo === undefined) throw new Error('no undo');
          await session.restoreSnapshot(undo.id);
          const afterUndo = (await session.listAccounts()).length;
          return {
            restoredDeleted,
            snapshots: list.length,
            oldest: oldest.accounts,
            afterRestore,
            afterUndo,
            before,
          };
        },
        vaultId,
        PINS,
      );
      expect(found.restoredDeleted).toBe(true);
      expect(found.snapshots).toBe(10);
      expect(found.afterRestore).toBe(found.oldest);
      expect(found.oldest).toBeLessThan(found.before);
      expect(found.afterUndo).toBe(found.before);
    } finally {
      await browser.close();
      await rm(userDataDir, { recursive: true, force: true });
    }
  });
});

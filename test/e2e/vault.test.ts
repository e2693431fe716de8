/**
 * The vault in real Chromium: IndexedDB, WebCrypto, hash-wasm's Argon2id and
 * WebAuthn PRF through CDP's virtual authenticator.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addVirtualAuthenticator } from '../harness/webauthn.ts';
import { buildVaultPage, launchVaultBrowser, serveDirectory } from '../vault/harness.ts';
import type { HavenTestApi } from '../vault/page.ts';

let server: Server;
let origin: string;
let browser: Browser;
let userDataDir: string;

beforeAll(async () => {
  ({ server, origin } = await serveDirectory(await buildVaultPage()));
  userDataDir = await mkdtemp(join(tmpdir(), 'havencode-vault-'));
  browser = await launchVaultBrowser(userDataDir);
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
});

/** A fresh page on the test origin with an empty database. */
async function openPage(): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(origin);
  await page.waitForFunction(() => window.haven !== undefined);
  await page.evaluate(async () => {
    await new Promise((resolve) => (indexedDB.deleteDatabase('havencode').onsuccess = resolve));
  });
  return page;
}

describe('vault in Chromium', () => {
  it('creates with a PIN, survives a reload, unlocks and lists; wrong PIN is refused', async () => {
    const page = await openPage();
    const vaultId = await page.evaluate(async () => {
      const h = window.haven;
      const db = await h.openHavenDb();
      const { session, recoveryCode } = await h.createVault(db, {
        name: 'W12345',
        pin: '135790',
        kdf: h.ARGON2_FLOOR,
      });
      await session.addAccounts([h.makeAccount('mycepa'), h.makeAccount('cpoint')]);
      session.lock();
      db.close();
      if (!/^(\w{4}-){6}\w{4}$/.test(recoveryCode))
        throw new Error(`odd recovery code ${recoveryCode}`);
      return session.vaultId;
    });
    await page.reload();
    await page.waitForFunction(() => window.haven !== undefined);
    const result = await page.evaluate(async (id) => {
      const h = window.haven;
      const db = await h.openHavenDb();
      const wrong = await h.unlockWithPin(db, id, '000000').then(
        () => 'unlocked',
        (e: { code?: string; attempt?: { attemptsBeforeDelay: number } }) =>
          `${e.code}:${e.attempt?.attemptsBeforeDelay}`,
      );
      const session = await h.unlockWithPin(db, id, '135790');
      const accounts = await session.listAccounts();
      return {
        profiles: await h.listVaults(db),
        wrong,
        issuers: accounts.map((a) => a.account.issuer),
        persistence: await h.requestPersistence(navigator.storage),
      };
    }, vaultId);
    expect(result.wrong).toBe('vault/wrong-pin:4');
    expect(result.issuers).toEqual(['Issuermycepa', 'Issuercpoint']);
    expect(result.profiles).toMatchObject([
      { id: vaultId, name: 'W12345', slotKinds: ['pin', 'recovery'] },
    ]);
    expect(['persisted', 'denied']).toContain(result.persistence);
    await page.close();
  });

  it('creates and unlocks with a passkey (virtual authenticator with PRF)', async () => {
    const page = await openPage();
    const authenticator = await addVirtualAuthenticator(page);
    const result = await page.evaluate(async (rpId) => {
      const h = window.haven;
      const db = await h.openHavenDb();
      const credentials = navigator.credentials;
      const { session } = await h.createVault(db, {
        name: 'Kiosk W7',
        passkey: { credentials, rpId, rpName: 'Havencode', userName: 'Kiosk W7' },
      });
      await session.addAccounts([h.makeAccount('kiosk')]);
      session.lock();
      const unlocked = await h.unlockWithPasskey(db, session.vaultId, { credentials, rpId });
      const accounts = await unlocked.listAccounts();
      return {
        kinds: (await h.listVaults(db))[0]?.slotKinds,
        issuers: accounts.map((a) => a.account.issuer),
      };
    }, 'localhost');
    expect(result).toEqual({ kinds: ['passkey', 'recovery'], issuers: ['Issuerkiosk'] });
    expect(await authenticator.listCredentials()).toHaveLength(1);
    await page.close();
  });

  it('reports an authenticator without PRF as vault/prf-unsupported and keeps nothing', async () => {
    const page = await openPage();
    await addVirtualAuthenticator(page, { hasPrf: false });
    const result = await page.evaluate(async () => {
      const h = window.haven;
      const db = await h.openHavenDb();
      const passkey = h.passkeyFor('W1');
      const code = await h
        .createVault(db, { name: 'W1', pin: '135790', kdf: h.ARGON2_FLOOR, passkey })
        .then(
          () => 'created',
          (e: { code?: string }) => e.code,
        );
      return { code, profiles: (await h.listVaults(db)).length };
    });
    expect(result).toEqual({ code: 'vault/prf-unsupported', profiles: 0 });
    await page.close();
  });

  it('leaves no secret, issuer, account name or label in clear in IndexedDB', async () => {
    const page = await openPage();
    await addVirtualAuthenticator(page);
    const { dump, needles } = await page.evaluate(async () => {
      const h = window.haven;
      const db = await h.openHavenDb();
      const passkey = h.passkeyFor('W9');
      const { session, recoveryCode } = await h.createVault(db, {
        name: 'W9',
        pin: '246801',
        kdf: h.ARGON2_FLOOR,
        passkey,
      });
      const accounts = [h.makeAccount('mycepa'), h.makeAccount('cpoint')];
      const { added } = await session.addAccounts(accounts);
      await session.updateAccount(added[0]?.id ?? '', {
        label: 'GeheimLabel',
        links: ['https://portal.example.be'],
      });
      db.close();
      const needles = [
        ...accounts.flatMap((a) => [a.secret, a.issuer ?? '', a.account]),
        'GeheimLabel',
        'portal.example.be',
        '246801',
        recoveryCode.replace(/-/g, ''),
      ];
      return { dump: await h.dumpDatabase(), needles };
    });
    expect(dump).toContain('W9');
    expect(needles).toHaveLength(10);
    for (const needle of needles) expect(dump.includes(needle), needle).toBe(false);
    await page.close();
  });

  it('gives two tabs taking HOTP codes at the same time each code once', async () => {
    const [tabA, tabB] = [await openPage(), await browser.newPage()];
    await tabB.goto(origin);
    await tabB.waitForFunction(() => window.haven !== undefined);
    const { vaultId, id } = await tabA.evaluate(async () => {
      const h = window.haven;
      const { session } = await h.createVault(await h.openHavenDb(), {
        name: 'W12345',
        pin: '135790',
        kdf: h.ARGON2_FLOOR,
      });
      const { added } = await session.addAccounts([
        { ...h.makeAccount('cpoint'), type: 'hotp', counter: 0 },
      ]);
      return { vaultId: session.vaultId, id: added[0]?.id ?? '' };
    });
    // Both tabs unlock first, then each takes 15 codes of the same account, at once.
    type Tab = typeof globalThis & {
      session?: Awaited<ReturnType<HavenTestApi['unlockWithPin']>>;
    };
    const unlock = (tab: Page) =>
      tab.evaluate(async (vaultId) => {
        const h = window.haven;
        (globalThis as Tab).session = await h.unlockWithPin(
          await h.openHavenDb(),
          vaultId,
          '135790',
        );
      }, vaultId);
    await Promise.all([unlock(tabA), unlock(tabB)]);
    const take = (tab: Page) =>
      tab.evaluate(async (id) => {
        const counters: number[] = [];
        for (let i = 0; i < 15; i++) {
          const account = await (globalThis as Tab).session!.advanceCounter(id);
          counters.push(account.type === 'hotp' ? account.counter : -1);
        }
        return counters;
      }, id);
    const taken = (await Promise.all([take(tabA), take(tabB)])).flat();
    expect(taken.sort((x, y) => x - y)).toEqual([...Array(30).keys()]);
    const [record] = await tabB.evaluate(() => (globalThis as Tab).session!.listAccounts());
    expect(record?.account).toMatchObject({ type: 'hotp', counter: 30 });
    await tabA.close();
    await tabB.close();
  });
});

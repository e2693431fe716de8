import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isHavenError } from '../errors.ts';
import { createVault } from '../vault/vault.ts';
import { unlockWithPin } from '../vault/unlock.ts';
import { ARGON2_FLOOR } from '../vault/kdf.ts';
import { makeAccount, openTestDb } from '../vault/test-helpers.ts';
import { openHavenDb, requestPersistence, runStorage, toStorageError } from './db.ts';
import { DB_VERSION, type VaultRow, type RecordRow } from './schema.ts';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('request failed'));
  });
}

/** Writes a version-1 database by hand, the way version 1 of Havencode left it. */
async function writeV1Database(
  factory: IDBFactory,
  profile: object,
  records: RecordRow[],
): Promise<void> {
  const open = factory.open('havencode', 1);
  open.onupgradeneeded = () => {
    open.result.createObjectStore('profiles', { keyPath: 'id' });
    open.result.createObjectStore('records', { keyPath: ['vaultId', 'id'] });
  };
  const db = await request(open);
  const tx = db.transaction(['profiles', 'records'], 'readwrite');
  tx.objectStore('profiles').put(profile);
  for (const row of records) tx.objectStore('records').put(row);
  await new Promise((resolve) => (tx.oncomplete = resolve));
  db.close();
}

describe('openHavenDb migrations', () => {
  it(`upgrades a version-1 database to version ${DB_VERSION}, keeping every vault readable`, async () => {
    // A real vault (real slots and ciphertexts) whose profile row is cut back to the v1 shape.
    const source = await openTestDb();
    const { session } = await createVault(source.db, {
      name: 'W1',
      pin: '123456',
      kdf: ARGON2_FLOOR,
    });
    await session.addAccounts([makeAccount('a'), makeAccount('b')]);
    const row = (await source.db.get('profiles', session.vaultId)) as VaultRow;
    const v1Profile = {
      id: row.id,
      name: row.name,
      createdAt: row.createdAt,
      slots: row.slots,
      keyCheck: row.keyCheck,
    };
    const factory = new IDBFactory();
    await writeV1Database(factory, v1Profile, await source.db.getAll('records'));

    const db = await openHavenDb('havencode', factory);
    expect(db.version).toBe(DB_VERSION);
    const migrated = await db.get('profiles', session.vaultId);
    expect(migrated).toMatchObject({
      failures: { count: 0, lastAt: 0 },
      settings: { autoLockSeconds: 300 },
    });
    const unlocked = await unlockWithPin(db, session.vaultId, '123456');
    expect((await unlocked.listAccounts()).map((r) => r.account.issuer)).toEqual([
      'Issuera',
      'Issuerb',
    ]);
    // v3: the first change after the upgrade keeps the state before it.
    await unlocked.addAccounts([makeAccount('c')]);
    expect((await unlocked.listSnapshots()).map((s) => s.accounts)).toEqual([2]);
  });

  it('creates an empty database at the current version', async () => {
    const db = await openHavenDb('fresh', new IDBFactory());
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['profiles', 'records', 'snapshots']);
  });
});

describe('storage errors', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    [new DOMException('quota', 'QuotaExceededError'), 'storage/quota'],
    [new DOMException('gone', 'InvalidStateError'), 'storage/failed'],
    [new TypeError('odd'), 'storage/failed'],
  ])('maps %s to %s, keeping the cause', (error, code) => {
    const mapped = toStorageError(error);
    expect(mapped.code).toBe(code);
    expect(mapped.cause).toBe(error);
  });

  it('reports a full disk during a write as storage/quota', async () => {
    const { db } = await openTestDb();
    const { session } = await createVault(db, { name: 'W1', pin: '123456', kdf: ARGON2_FLOOR });
    const full = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw full;
    });
    const error: unknown = await session.addAccounts([makeAccount('a')]).catch((e: unknown) => e);
    expect(isHavenError(error, 'storage/quota')).toBe(true);
    expect((error as Error).cause).toBe(full);
    vi.restoreAllMocks();
    expect(await session.listAccounts()).toEqual([]);
  });

  it('passes a HavenError through untouched', async () => {
    const error = toStorageError(new DOMException('x', 'QuotaExceededError'));
    await expect(runStorage(() => Promise.reject(error))).rejects.toBe(error);
  });
});

describe('requestPersistence', () => {
  it.each([
    ['already persisted', { persisted: true, persist: false }, 'persisted'],
    ['granted', { persisted: false, persist: true }, 'persisted'],
    ['denied', { persisted: false, persist: false }, 'denied'],
  ] as const)('%s → %s', async (_name, answers, expected) => {
    const storage = {
      persisted: () => Promise.resolve(answers.persisted),
      persist: () => Promise.resolve(answers.persist),
    } as unknown as StorageManager;
    expect(await requestPersistence(storage)).toBe(expected);
  });

  it('is unsupported without a StorageManager', async () => {
    expect(await requestPersistence(undefined)).toBe('unsupported');
  });
});

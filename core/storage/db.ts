/**
 * Opening the database (with migrations), asking for persistent storage, and
 * turning storage failures into HavenErrors so a full disk is reported, not lost.
 */
import { wrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { HavenError } from '../errors.ts';
import { migrations } from './migrations.ts';
import { DB_VERSION, type HavenSchema } from './schema.ts';

/** The opened, typed Havencode database. */
export type HavenDb = IDBPDatabase<HavenSchema>;

/** Opens (creating or upgrading) the database; `factory` defaults to the global indexedDB. */
export async function openHavenDb(name = 'havencode', factory?: IDBFactory): Promise<HavenDb> {
  const request = (factory ?? indexedDB).open(name, DB_VERSION);
  let failure: unknown;
  request.addEventListener('upgradeneeded', (event) => {
    const db: IDBPDatabase<unknown> = wrap(request.result);
    const raw = request.transaction;
    if (raw === null) return;
    const tx = wrap(raw) as unknown as IDBPTransaction<unknown, string[], 'versionchange'>;
    let chain = Promise.resolve();
    for (let version = event.oldVersion; version < DB_VERSION; version++) {
      const migrate = migrations[version];
      if (migrate) chain = chain.then(() => migrate(db, tx));
    }
    chain.catch((error: unknown) => {
      failure = error;
      raw.abort();
    });
  });
  try {
    const db = (await wrap(request)) as unknown as HavenDb;
    // Another tab wants to upgrade: step aside instead of blocking it forever.
    db.addEventListener('versionchange', () => db.close());
    return db;
  } catch (error) {
    throw toStorageError(failure ?? error);
  }
}

/** Maps a failure of IndexedDB to 'storage/quota' or 'storage/failed', keeping it as cause. */
export function toStorageError(error: unknown): HavenError {
  if (error instanceof HavenError) return error;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') {
    return new HavenError('storage/quota', 'the browser has no room left for the vault', {
      cause: error,
    });
  }
  return new HavenError(
    'storage/failed',
    `the vault could not be saved or read (${name || 'unknown'})`,
    {
      cause: error,
    },
  );
}

/** Runs a storage operation; any IndexedDB failure becomes a HavenError. */
export async function runStorage<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStorageError(error);
  }
}

/** What `requestPersistence` found. */
export type PersistenceState = 'persisted' | 'denied' | 'unsupported';

/** Asks the browser not to evict the vault under storage pressure. */
export async function requestPersistence(
  storage: StorageManager | undefined,
): Promise<PersistenceState> {
  if (storage === undefined || typeof storage.persist !== 'function') return 'unsupported';
  if (await storage.persisted()) return 'persisted';
  return (await storage.persist()) ? 'persisted' : 'denied';
}

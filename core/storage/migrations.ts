/**
 * Schema migrations, one function per version step. They run inside the
 * `versionchange` transaction, so an upgrade interrupted by a crash leaves the
 * old version intact. They see the database untyped: old rows have old shapes.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';

/** One upgrade step; may only await requests on `tx`. */
export type Migration = (
  db: IDBPDatabase<unknown>,
  tx: IDBPTransaction<unknown, string[], 'versionchange'>,
) => Promise<void>;

/** `migrations[i]` upgrades version i to version i + 1. */
export const migrations: readonly Migration[] = [
  // v1: profiles (slots inside) and sealed records keyed by [vaultId, id].
  (db) => {
    db.createObjectStore('profiles', { keyPath: 'id' });
    db.createObjectStore('records', { keyPath: ['vaultId', 'id'] });
    return Promise.resolve();
  },
  // v2: wrong-PIN counter and settings kept per profile (v1 had neither).
  async (_db, tx) => {
    let cursor = await tx.objectStore('profiles').openCursor();
    while (cursor) {
      const row = cursor.value as Record<string, unknown>;
      await cursor.update({
        ...row,
        failures: row['failures'] ?? { count: 0, lastAt: 0 },
        settings: row['settings'] ?? { autoLockSeconds: 300 },
      });
      cursor = await cursor.continue();
    }
  },
  // v3: snapshots of a vault's sealed records, keyed by [vaultId, id] like the records.
  (db) => {
    db.createObjectStore('snapshots', { keyPath: ['vaultId', 'id'] });
    return Promise.resolve();
  },
];

/**
 * Earlier states of a vault, kept inside its own database: before each
 * change the user makes (add, rename, delete, restore, purge) the sealed
 * records are copied in that change's transaction (see writeRecordRows), the
 * last SNAPSHOTS_KEPT of them. Going back is itself a change, so it can be
 * undone the same way.
 */
import { HavenError } from '../errors.ts';
import type { HavenDb } from '../storage/db.ts';
import {
  listSnapshotRows,
  writeRecordRows,
  type RecordBasis,
  type SnapshotRequest,
} from '../storage/repository.ts';
import { openRecord, sealRecord, type AccountRecord } from './records.ts';

/** How many earlier states of a vault are kept. */
export const SNAPSHOTS_KEPT = 10;

/** A kept earlier state, as the settings list it. */
export interface SnapshotSummary {
  id: string;
  takenAt: number;
  /** The accounts it holds, not counting soft-deleted ones. */
  accounts: number;
}

/** Listing and going back to earlier states of an unlocked vault. */
export interface SnapshotKeeper {
  /** The kept states, newest first. */
  listSnapshots(): Promise<SnapshotSummary[]>;
  /**
   * Makes the vault's records what they were in snapshot `id`. An HOTP
   * counter never goes back: codes already used stay used.
   */
  restoreSnapshot(id: string): Promise<void>;
}

/** A request to keep the records as they are before the change about to be written. */
export function requestSnapshot(clock: () => number): SnapshotRequest {
  return { id: crypto.randomUUID(), takenAt: clock(), keep: SNAPSHOTS_KEPT };
}

/** What the keeper needs of its session. */
export interface SnapshotDeps {
  db: HavenDb;
  vaultId: string;
  clock: () => number;
  key: () => CryptoKey;
  readAll: () => Promise<{ records: AccountRecord[]; basis: RecordBasis }>;
  retry: <T>(attempt: () => Promise<T>) => Promise<T>;
}

/** The snapshot half of a session. */
export function createSnapshotKeeper(deps: SnapshotDeps): SnapshotKeeper {
  const { db, vaultId } = deps;
  const openRows = async (id: string) => {
    const row = (await listSnapshotRows(db, vaultId)).find((r) => r.id === id);
    if (row === undefined) throw new HavenError('vault/not-found', `no snapshot ${id}`);
    const key = deps.key();
    return Promise.all(row.rows.map((r) => openRecord(key, vaultId, r)));
  };
  return {
    async listSnapshots() {
      const key = deps.key();
      const rows = await listSnapshotRows(db, vaultId);
      return Promise.all(
        rows.map(async ({ id, takenAt, rows: sealed }) => {
          const records = await Promise.all(sealed.map((r) => openRecord(key, vaultId, r)));
          return { id, takenAt, accounts: records.filter((r) => r.deletedAt === undefined).length };
        }),
      );
    },
    restoreSnapshot: (id) =>
      deps.retry(async () => {
        const { records: current, basis } = await deps.readAll();
        const earlier = (await openRows(id)).map((record) => keepCounter(record, current));
        const key = deps.key();
        const put = await Promise.all(earlier.map((r) => sealRecord(key, vaultId, r)));
        const kept = new Set(earlier.map((r) => r.id));
        await writeRecordRows(db, vaultId, {
          put,
          delete: current.filter((r) => !kept.has(r.id)).map((r) => r.id),
          basis,
          snapshot: requestSnapshot(deps.clock),
        });
      }),
  };
}

/** The earlier record, with the HOTP counter it has now if that is further on. */
function keepCounter(record: AccountRecord, current: readonly AccountRecord[]): AccountRecord {
  const { account } = record;
  const now = current.find((r) => r.id === record.id)?.account;
  if (account.type !== 'hotp' || now?.type !== 'hotp' || now.counter <= account.counter)
    return record;
  return { ...record, account: { ...account, counter: now.counter } };
}

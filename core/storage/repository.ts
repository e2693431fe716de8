/**
 * Reads and writes of vaults and records. Every change that touches more
 * than one row is one transaction, so a crash or a closed tab leaves the old
 * state or the new one. Callers do their crypto before calling: an IndexedDB
 * transaction commits by itself as soon as it waits on anything else.
 */
import { HavenError } from '../errors.ts';
import { runStorage, type HavenDb } from './db.ts';
import { equalBytes } from '../vault/bytes.ts';
import type { VaultRow, RecordRow, SnapshotRow } from './schema.ts';

// Slot and key changes must survive a power cut once we have said "done".
const STRICT = { durability: 'strict' } as const;

/** All vaults, in creation order. */
export async function listVaultRows(db: HavenDb): Promise<VaultRow[]> {
  const rows = await runStorage(() => db.getAll('profiles'));
  return rows.sort((a, b) => a.createdAt - b.createdAt);
}

/** One vault; 'vault/not-found' when it does not exist. */
export async function getVaultRow(db: HavenDb, vaultId: string): Promise<VaultRow> {
  const row = await runStorage(() => db.get('profiles', vaultId));
  if (row === undefined) throw new HavenError('vault/not-found', `no vault ${vaultId}`);
  return row;
}

/** Stores a new vault; 'storage/failed' if the id is taken. */
export async function addVaultRow(db: HavenDb, row: VaultRow): Promise<void> {
  await runStorage(async () => {
    const tx = db.transaction('profiles', 'readwrite', STRICT);
    await Promise.all([tx.store.add(row), tx.done]);
  });
}

/**
 * Reads, changes and writes a vault row in one transaction. `change` must be
 * synchronous (it runs between two requests of the transaction); returning
 * 'wipe' deletes the vault and all its records instead.
 */
export async function updateVaultRow(
  db: HavenDb,
  vaultId: string,
  change: (row: VaultRow) => VaultRow | 'wipe',
): Promise<VaultRow | undefined> {
  return runStorage(async () => {
    const tx = db.transaction(['profiles', 'records', 'snapshots'], 'readwrite', STRICT);
    const row = await tx.objectStore('profiles').get(vaultId);
    // Nothing written yet: the transaction commits empty when we leave.
    if (row === undefined) throw new HavenError('vault/not-found', `no vault ${vaultId}`);
    const next = change(row);
    if (next === 'wipe') {
      await Promise.all([
        tx.objectStore('profiles').delete(vaultId),
        tx.objectStore('records').delete(vaultRange(vaultId)),
        tx.objectStore('snapshots').delete(vaultRange(vaultId)),
        tx.done,
      ]);
      return undefined;
    }
    await Promise.all([tx.objectStore('profiles').put(next), tx.done]);
    return next;
  });
}

/** Deletes a vault and every record of it, in one transaction. */
export async function deleteVaultRows(db: HavenDb, vaultId: string): Promise<void> {
  await runStorage(async () => {
    const tx = db.transaction(['profiles', 'records', 'snapshots'], 'readwrite', STRICT);
    await Promise.all([
      tx.objectStore('profiles').delete(vaultId),
      tx.objectStore('records').delete(vaultRange(vaultId)),
      tx.objectStore('snapshots').delete(vaultRange(vaultId)),
      tx.done,
    ]);
  });
}

/** Every sealed record of a vault. */
export async function listRecordRows(db: HavenDb, vaultId: string): Promise<RecordRow[]> {
  return runStorage(() => db.getAll('records', vaultRange(vaultId)));
}

/** One sealed record, or undefined when there is none with this id. */
export async function getRecordRow(
  db: HavenDb,
  vaultId: string,
  id: string,
): Promise<RecordRow | undefined> {
  return runStorage(() => db.get('records', [vaultId, id]));
}

/**
 * The rows a change was computed from: one account's row, or (`wholeVault`)
 * every row of the vault, e.g. to decide what is a duplicate.
 */
export interface RecordBasis {
  rows: readonly RecordRow[];
  wholeVault: boolean;
}

/** Keep the vault's records as they are before this change (see SnapshotRow). */
export interface SnapshotRequest {
  id: string;
  takenAt: number;
  /** How many snapshots of the vault to keep; the oldest beyond go. */
  keep: number;
}

/**
 * Writes and deletes records of one vault in one transaction (all or nothing).
 * With a basis, the transaction first checks that those rows are still the
 * ones read (every seal has a fresh IV, so the IV names a version) and writes
 * nothing, failing with 'vault/conflict', when another tab wrote in between.
 * With a snapshot, the rows as they were are kept in that same transaction.
 */
export async function writeRecordRows(
  db: HavenDb,
  vaultId: string,
  changes: {
    put?: RecordRow[];
    delete?: string[];
    basis?: RecordBasis;
    snapshot?: SnapshotRequest;
  },
): Promise<void> {
  await runStorage(async () => {
    const tx = db.transaction(['records', 'snapshots'], 'readwrite');
    const records = tx.objectStore('records');
    const { basis, snapshot } = changes;
    const whole =
      basis?.wholeVault === true || snapshot !== undefined
        ? await records.getAll(vaultRange(vaultId))
        : undefined;
    if (basis !== undefined) {
      const current =
        basis.wholeVault && whole !== undefined
          ? whole
          : await Promise.all(basis.rows.map((row) => records.get([vaultId, row.id])));
      // Nothing written yet: the transaction commits empty when we leave.
      if (!sameVersions(basis.rows, current)) {
        throw new HavenError('vault/conflict', 'the records changed since they were read');
      }
    }
    const writes: Promise<unknown>[] = [
      ...(changes.put ?? []).map((row) => records.put(row)),
      ...(changes.delete ?? []).map((id) => records.delete([vaultId, id])),
    ];
    if (snapshot !== undefined && whole !== undefined) {
      const snapshots = tx.objectStore('snapshots');
      const { id, takenAt, keep } = snapshot;
      const kept = (await snapshots.getAll(vaultRange(vaultId))).sort(newestFirst);
      const seq = (kept[0]?.seq ?? 0) + 1;
      writes.push(snapshots.put({ vaultId, id, seq, takenAt, rows: whole }));
      const stale = kept.slice(Math.max(0, keep - 1));
      writes.push(...stale.map((row) => snapshots.delete([vaultId, row.id])));
    }
    await Promise.all([...writes, tx.done]);
  });
}

/** Every kept snapshot of a vault, newest first. */
export async function listSnapshotRows(db: HavenDb, vaultId: string): Promise<SnapshotRow[]> {
  const rows = await runStorage(() => db.getAll('snapshots', vaultRange(vaultId)));
  return rows.sort(newestFirst);
}

function newestFirst(a: SnapshotRow, b: SnapshotRow): number {
  return b.seq - a.seq;
}

/** The same rows, each with the IV it was read with: no row gone, added or rewritten. */
function sameVersions(read: readonly RecordRow[], now: readonly (RecordRow | undefined)[]) {
  const ivs = new Map(read.map((row) => [row.id, row.iv]));
  return (
    read.length === now.length &&
    // An IV is never empty, so a row that was not read never matches.
    now.every((row) => row !== undefined && equalBytes(ivs.get(row.id) ?? new Uint8Array(), row.iv))
  );
}

// Compound keys [vaultId, id]: every record id is a string, and [] sorts after all strings.
function vaultRange(vaultId: string): IDBKeyRange {
  return IDBKeyRange.bound([vaultId], [vaultId, []]);
}

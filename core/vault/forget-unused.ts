/**
 * Kiosk mode's `forgetAfterDays`: a worker who left should not stay on the
 * PC forever. A vault unused (not unlocked) for that many days is removed
 * with all its accounts when the kiosk starts; the lock screen tells each
 * worker when that will happen to theirs.
 */
import type { HavenDb } from '../storage/db.ts';
// Repository calls only (no vault.ts): the kiosk's lock screen loads this without the sealing code.
import { deleteVaultRows, listVaultRows, updateVaultRow } from '../storage/repository.ts';

const DAY_MS = 86_400_000;

/** When a vault last used at `lastUsedAt` is forgotten (epoch ms). */
export function forgetDate(lastUsedAt: number, forgetAfterDays: number): number {
  return lastUsedAt + forgetAfterDays * DAY_MS;
}

/** Notes that a worker unlocked their vault now: their forget date moves on. */
export async function markWorkerUsed(db: HavenDb, vaultId: string, now: number): Promise<void> {
  await updateVaultRow(db, vaultId, (row) => ({ ...row, lastUsedAt: now }));
}

/** Removes every vault unused for `forgetAfterDays`; resolves to how many went. */
export async function forgetUnusedWorkers(
  db: HavenDb,
  forgetAfterDays: number,
  now: number,
): Promise<number> {
  const stale = (await listVaultRows(db)).filter(
    (row) => forgetDate(row.lastUsedAt ?? row.createdAt, forgetAfterDays) <= now,
  );
  for (const row of stale) await deleteVaultRows(db, row.id);
  return stale.length;
}

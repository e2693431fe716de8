/**
 * What a lock screen may know before unlocking: the vaults and their ways in.
 * Kept apart from vault.ts so a first screen lists vaults without loading the
 * key derivation and sealing code.
 */
import type { HavenDb } from '../storage/db.ts';
import { listVaultRows } from '../storage/repository.ts';
import type { SlotKind } from '../storage/schema.ts';

/** A vault as a lock screen shows it. */
export interface VaultSummary {
  id: string;
  name: string;
  createdAt: number;
  /** Last unlock (kiosk mode notes it), else creation. */
  lastUsedAt: number;
  slotKinds: SlotKind[];
}

/** The vaults in this database, oldest first. */
export async function listVaults(db: HavenDb): Promise<VaultSummary[]> {
  const rows = await listVaultRows(db);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt ?? row.createdAt,
    slotKinds: [...new Set(row.slots.map((s) => s.kind))],
  }));
}

import { createVaultFollower, type VaultFollower } from '../../../core/app/follower.ts';
import { openHavenDb } from '../../../core/vault/database.ts';
import { sessionKeeper } from '../session-store.ts';

/**
 * The background's view of the vault: the application layer's follower over
 * storage.session. It never unlocks by itself; it only follows what a
 * trusted page did.
 */
export type VaultHolder = VaultFollower;

/** A holder that opens the database lazily. */
export function createVaultHolder(): VaultHolder {
  return createVaultFollower({ keeper: sessionKeeper, openDatabase: () => openHavenDb() });
}

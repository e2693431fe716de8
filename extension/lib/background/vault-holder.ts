import { openHavenDb } from '../../../core/storage/db.ts';
import type { HavenDb } from '../../../core/storage/db.ts';
import { resumeSession } from '../../../core/vault/index.ts';
import type { VaultSession } from '../../../core/vault/index.ts';
import { clearSession, loadSession } from '../session-store.ts';

/**
 * The background's view of the vault: the session the popup unlocked,
 * resumed from storage.session whenever the service worker wakes. It never
 * unlocks by itself; it only follows what a trusted page did.
 */
export interface VaultHolder {
  /** The unlocked session, or undefined when locked. */
  current(): Promise<VaultSession | undefined>;
  /** Locks every context: drops the keys here and the kept session. */
  lock(): Promise<void>;
  /** Forgets the resumed session after another context locked. */
  forget(): void;
}

/** A holder that opens the database lazily. */
export function createVaultHolder(): VaultHolder {
  let db: Promise<HavenDb> | undefined;
  let session: VaultSession | undefined;
  const getDb = () => (db ??= openHavenDb());

  return {
    async current() {
      // Asked every time: another context may have locked, a kiosk deadline may have passed.
      const stored = await loadSession();
      if (!stored) {
        this.forget();
        return undefined;
      }
      if (session && !session.locked.peek() && session.vaultId === stored.profileId) return session;
      session = await resumeSession(await getDb(), stored.profileId, stored.key);
      return session;
    },
    async lock() {
      this.forget();
      await clearSession();
    },
    forget() {
      session?.lock();
      session = undefined;
    },
  };
}

/**
 * The vault as a context that never unlocks by itself sees it (the
 * extension's background): the session a trusted page unlocked, resumed from
 * the key keeper whenever it is asked for.
 */
import { resumeSession, type VaultSession } from '../vault/index.ts';
import type { KeyKeeper, OpenDatabase } from './adapters.ts';

/** Follows the kept key; locking here locks every context. */
export interface VaultFollower {
  /** The unlocked session, or undefined when locked. */
  current(): Promise<VaultSession | undefined>;
  /** Locks every context: drops the keys here and the kept one. */
  lock(): Promise<void>;
  /** Drops the resumed session (another context locked, or changed the settings). */
  forget(): void;
}

/** A follower that opens the database on first use. */
export function createVaultFollower(adapters: {
  keeper: KeyKeeper;
  openDatabase: OpenDatabase;
}): VaultFollower {
  const { keeper } = adapters;
  let db: ReturnType<OpenDatabase> | undefined;
  let session: VaultSession | undefined;
  const forget = () => {
    session?.lock();
    session = undefined;
  };
  return {
    async current() {
      // Asked every time: another context may have locked, a kiosk deadline may have passed.
      const kept = await keeper.load();
      if (!kept) {
        forget();
        return undefined;
      }
      if (session && !session.locked.peek() && session.vaultId === kept.vaultId) return session;
      session = await resumeSession(await (db ??= adapters.openDatabase()), kept.vaultId, kept.key);
      return session;
    },
    async lock() {
      forget();
      await keeper.clear();
    },
    forget,
  };
}

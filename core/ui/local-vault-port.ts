import { computed, effect, signal } from '@preact/signals';
import { HavenError } from '../errors.ts';
import type { OtpAccount } from '../otp/index.ts';
import type { HavenDb } from '../storage/db.ts';
import {
  createVault,
  createVaultState,
  listProfiles,
  resumeSession,
  unlockWithPasskey,
  unlockWithPin,
  unlockWithRecoveryCode,
} from '../vault/index.ts';
import type { AccountRecord, PasskeySetup, VaultSession } from '../vault/index.ts';
import type { VaultPort, VaultStatus } from './vault-port.ts';

/** Soft-deleted accounts are kept this long for undo, then purged at the next unlock. */
const KEEP_DELETED_MS = 7 * 24 * 3600_000;

/** What a shell tells the port about its place in the world. */
export interface LocalPortOptions {
  db: HavenDb;
  /** The profile to open; the first one (or a new one called 'default') when absent. */
  profileName?: string;
  /** WebAuthn where this context has it (a document, not a service worker). */
  passkey?: Omit<PasskeySetup, 'userName'> | undefined;
  /** Hears every session change: the extension hands the key to its background. */
  onSession?: (session: VaultSession | undefined) => void;
  /** A session kept by a trusted context (extension storage.session) to resume without a prompt. */
  resume?: { profileId: string; key: Uint8Array } | undefined;
}

/**
 * The VaultPort over core/vault in this very context (the PWA page, the
 * extension popup). Every mutation re-reads the account list so the UI shows
 * what is stored, never what we hoped to store.
 */
export async function createLocalVaultPort(options: LocalPortOptions): Promise<VaultPort> {
  const { db, passkey } = options;
  const controller = createVaultState();
  const accounts = signal<readonly AccountRecord[]>([]);
  const profiles = await listProfiles(db);
  let profile = profiles.find(
    (p) => options.profileName === undefined || p.name === options.profileName,
  );
  const exists = signal(profile !== undefined);

  const adopt = async (session: VaultSession) => {
    controller.adopt(session);
    await session.purgeDeleted(Date.now() - KEEP_DELETED_MS);
    accounts.value = await session.listAccounts();
  };
  // Tell the shell about changes only: the first run sees the initial 'locked',
  // which is no news (and must not wipe a key the shell is about to resume).
  let previous = controller.state.peek();
  effect(() => {
    const state = controller.state.value;
    if (state === previous) return;
    previous = state;
    if (state === 'locked') accounts.value = [];
    options.onSession?.(state === 'unlocked' ? controller.requireSession() : undefined);
  });
  const withSession = async (work: (session: VaultSession) => Promise<unknown>) => {
    const session = controller.requireSession();
    controller.touch();
    await work(session);
    accounts.value = await session.listAccounts();
  };
  const requireProfileId = () => {
    if (!profile) throw new HavenError('vault/not-found', 'no vault has been created yet');
    return profile.id;
  };
  const create = async (secret: { pin: string } | { passkey: PasskeySetup }) => {
    const name = options.profileName ?? 'default';
    const { session, recoveryCode } = await createVault(db, { name, ...secret });
    profile = (await listProfiles(db)).find((p) => p.id === session.vaultId);
    exists.value = true;
    await adopt(session);
    return recoveryCode;
  };

  if (profile && profile.id === options.resume?.profileId) {
    await adopt(await resumeSession(db, profile.id, options.resume.key));
  }

  const status = computed<VaultStatus>(() => {
    if (!exists.value) return 'empty';
    return controller.state.value;
  });

  return {
    status,
    accounts,
    clockOffsetMs: signal(0),
    passkeySupported: passkey !== undefined,
    setupWithPin: (pin) => create({ pin }),
    setupWithPasskey: () =>
      create({
        passkey: { ...requirePasskey(passkey), userName: options.profileName ?? 'Havencode' },
      }),
    unlockWithPin: async (pin) => adopt(await unlockWithPin(db, requireProfileId(), pin)),
    unlockWithPasskey: async () =>
      adopt(await unlockWithPasskey(db, requireProfileId(), requirePasskey(passkey))),
    unlockWithRecoveryCode: async (code) =>
      adopt(await unlockWithRecoveryCode(db, requireProfileId(), code)),
    lock: () => {
      controller.lock();
      return Promise.resolve();
    },
    addAccounts: async (list: OtpAccount[]) => {
      let result = { added: 0, duplicates: 0 };
      await withSession(async (session) => {
        const { added, duplicates } = await session.addAccounts(list);
        result = { added: added.length, duplicates: duplicates.length };
      });
      return result;
    },
    renameAccount: (id, label) =>
      withSession((s) => s.updateAccount(id, { label: label || undefined })),
    deleteAccount: (id) => withSession((s) => s.deleteAccount(id)),
    restoreAccount: (id) => withSession((s) => s.restoreAccount(id)),
    advanceCounter: (id) =>
      withSession(async (s) => {
        const record = accounts.value.find((a) => a.id === id);
        if (record?.account.type === 'hotp')
          await s.updateAccount(id, { counter: record.account.counter + 1 });
      }),
    touch: () => controller.touch(),
  };
}

function requirePasskey<T>(passkey: T | undefined): T {
  if (passkey === undefined) {
    throw new HavenError('vault/prf-unsupported', 'passkeys are not available in this context');
  }
  return passkey;
}

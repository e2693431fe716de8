import { signal } from '@preact/signals';
import type { ReadonlySignal } from '@preact/signals';
import type { HavenDb } from '../../storage/db.ts';
import { deleteProfile, listProfiles } from '../../vault/index.ts';
import type { PasskeySetup, ProfileSummary, VaultSession } from '../../vault/index.ts';
import { HavenError } from '../../errors.ts';
import { adminKeyId, sealToAdmin } from '../../kiosk/admin-slot.ts';
import { forgetDate, forgetUnusedWorkers, markWorkerUsed } from '../../kiosk/forget.ts';
import { exportSealedVault, parseReenrolment, storeVaultRows } from '../../kiosk/vault-file.ts';
import { getProfileRow, updateProfileRow } from '../../storage/repository.ts';
import { copyBytes } from '../../vault/bytes.ts';
import { createLocalVaultPort } from '../local-vault-port.ts';
import type { VaultPort } from '../vault-port.ts';

/** Several workers' vaults on one shared PC, each sealed by the worker's own security key. */
export interface KioskPort {
  readonly profiles: ReadonlySignal<readonly ProfileSummary[]>;
  /** The chosen worker's vault, once one is picked or added. */
  readonly current: ReadonlySignal<VaultPort | undefined>;
  /** Picks a worker and asks for their security key (or PIN, where the policy allows PINs). */
  unlockWorker(name: string, pin?: string): Promise<void>;
  /** Adds a worker: a new vault sealed by their security key (or PIN); resolves to the recovery code. */
  addWorker(name: string, pin?: string): Promise<string>;
  /** 'Vergeet mij op deze pc': removes the current worker's vault completely. */
  forgetMe(): Promise<void>;
  /** Locks and goes back to the list of workers. */
  leave(): Promise<void>;
  /** The policy has port IT's recovery key: vaults are sealed to it and can be exported for IT. */
  readonly adminRecovery: boolean;
  /** The worker's sealed vault (ciphertext only), for IT's `havencode kiosk-recover`. */
  exportSealed(profile: ProfileSummary): Promise<string>;
  /**
   * Re-enrols a worker from IT's re-enrolment file and one-time code: the
   * vault opens once with the code, the worker's new security key replaces
   * the lost one, and the code is spent. Resolves to the new recovery code.
   */
  reenrolWorker(file: string, code: string): Promise<string>;
  /** When the policy will forget this worker's vault if unused (epoch ms); undefined: never. */
  forgetDateOf(profile: ProfileSummary): number | undefined;
}

/** What the kiosk port needs from its shell. */
export interface KioskPortOptions {
  db: HavenDb;
  passkey: Omit<PasskeySetup, 'userName' | 'attachment'>;
  onSession: (session: VaultSession | undefined) => void;
  /** The administrator's idle time: every worker's vault locks after it. */
  idleSeconds: number;
  /** The worker did something in the UI (the shell restarts its own idle clock). */
  onActivity: () => void;
  /** The policy's forgetAfterDays: older unused vaults are removed when the port opens. */
  forgetAfterDays: number | undefined;
  /** Epoch-ms clock; Date.now by default. */
  now?: (() => number) | undefined;
  /** Port IT's public key from the policy: each worker's data key is also sealed to it. */
  adminKey?: CryptoKey | undefined;
  /** A worker's session kept by the shell, to pick up where the popup left off. */
  resume?: { profileId: string; key: Uint8Array } | undefined;
}

/**
 * The kiosk's port: a local vault port per worker, opened only for as long
 * as that worker uses it. A worker's vault has a passkey slot on a roaming
 * security key and no PIN, so nothing on the PC can be guessed offline.
 */
export async function createKioskPort(options: KioskPortOptions): Promise<KioskPort> {
  const { db, forgetAfterDays } = options;
  const now = options.now ?? Date.now;
  // The lock screen shows before the vaults are listed (500 rows take a while on a
  // busy PC); the search answers as soon as they are.
  const profiles = signal<readonly ProfileSummary[]>([]);
  const forgotten =
    forgetAfterDays === undefined
      ? Promise.resolve(0)
      : forgetUnusedWorkers(db, forgetAfterDays, now());
  const listed = forgotten
    .then(() => listProfiles(db))
    .then((list) => {
      profiles.value = list;
      return list;
    });
  const current = signal<VaultPort | undefined>(undefined);
  let currentName: string | undefined;

  let session: VaultSession | undefined;
  const onSession = (next: VaultSession | undefined) => {
    session = next;
    if (next && options.adminKey) void sealForAdmin(db, next, options.adminKey, now());
    // The policy's idle time wins over whatever the vault was set to.
    if (next && next.settings.peek().autoLockSeconds !== options.idleSeconds) {
      void next.setSettings({ autoLockSeconds: options.idleSeconds });
    }
    options.onSession(next);
  };
  const open = async (name: string, resume?: KioskPortOptions['resume']) => {
    await current.peek()?.lock();
    currentName = name;
    const port = await createLocalVaultPort({
      db,
      profileName: name,
      passkey: { ...options.passkey, attachment: 'cross-platform' },
      onSession,
      resume,
    });
    const touch = () => {
      port.touch();
      options.onActivity();
    };
    current.value = { ...port, touch };
    return port;
  };
  const resumed = options.resume && (await listed).find((p) => p.id === options.resume?.profileId);
  if (resumed) await open(resumed.name, options.resume);

  return {
    profiles,
    current,
    async unlockWorker(name, pin) {
      const port = await open(name);
      try {
        await (pin === undefined ? port.unlockWithPasskey() : port.unlockWithPin(pin));
      } catch (error) {
        current.value = undefined;
        throw error;
      }
      const profile = profiles.peek().find((p) => p.name === name);
      if (profile) await markWorkerUsed(db, profile.id, now());
    },
    async addWorker(name, pin) {
      const port = await open(name.trim());
      const recoveryCode = await (pin === undefined
        ? port.setupWithPasskey()
        : port.setupWithPin(pin));
      profiles.value = await listProfiles(db);
      return recoveryCode;
    },
    async forgetMe() {
      const profile = profiles.peek().find((p) => p.name === currentName);
      await current.peek()?.lock();
      current.value = undefined;
      if (profile) await deleteProfile(db, profile.id);
      profiles.value = await listProfiles(db);
    },
    async leave() {
      await current.peek()?.lock();
      current.value = undefined;
      // Last-used dates moved on while the worker was in.
      profiles.value = await listProfiles(db);
    },
    adminRecovery: options.adminKey !== undefined,
    exportSealed: (profile) => exportSealedVault(db, profile.id),
    async reenrolWorker(file, code) {
      const reenrolment = parseReenrolment(file);
      await storeVaultRows(db, reenrolment);
      profiles.value = await listProfiles(db);
      const { name } = reenrolment.profile;
      const port = await open(name);
      await port.unlockWithRecoveryCode(code);
      if (!session) throw new HavenError('vault/locked', 'the re-enrolled vault did not open');
      const added = await session.addPasskeySlot({
        ...options.passkey,
        userName: name,
        attachment: 'cross-platform',
      });
      for (const slot of await session.listSlots())
        if (slot.kind === 'passkey' && slot.id !== added.id) await session.removeSlot(slot.id);
      // The one-time code is spent: the worker gets a recovery code of their own.
      const recoveryCode = await session.regenerateRecoveryCode();
      await markWorkerUsed(db, reenrolment.profile.id, now());
      return recoveryCode;
    },
    forgetDateOf(profile) {
      return forgetAfterDays === undefined
        ? undefined
        : forgetDate(profile.lastUsedAt, forgetAfterDays);
    },
  };
}

/** Seals an open vault's data key to IT's key, unless it is sealed to that key already. */
async function sealForAdmin(
  db: HavenDb,
  session: VaultSession,
  adminKey: CryptoKey,
  now: number,
): Promise<void> {
  const keyId = await adminKeyId(adminKey);
  if ((await getProfileRow(db, session.vaultId)).adminSlot?.keyId === keyId) return;
  const adminSlot = await sealToAdmin(
    copyBytes(await session.exportKey()),
    session.vaultId,
    adminKey,
    now,
  );
  await updateProfileRow(db, session.vaultId, (row) => ({ ...row, adminSlot }));
}

import { signal } from '@preact/signals';
import type { ReadonlySignal } from '@preact/signals';
import type { KeyKeeper, PasskeyAccess, SettingsStore } from '../../app/adapters.ts';
import { openVaultApp } from '../../app/vault-app.ts';
import type { VaultPort } from '../../app/vault-port.ts';
import { HavenError } from '../../errors.ts';
import type { KioskPolicy } from '../../kiosk/policy.ts';
import { forgetDate, forgetUnusedWorkers, markWorkerUsed } from '../../vault/forget-unused.ts';
import type { HavenDb } from '../../vault/database.ts';
import { listVaults } from '../../vault/list.ts';
import type { VaultSummary } from '../../vault/list.ts';
import { exportSealedVault, parseReenrolment, storeVaultRows } from '../../vault/vault-file.ts';

// The lock screen loads without the vault's sealing code (imported when a worker needs it).
const vaultCore = () => import('../../vault/index.ts');

/** Several workers' vaults on one shared PC, each sealed by the worker's own security key. */
export interface KioskPort {
  readonly vaults: ReadonlySignal<readonly VaultSummary[]>;
  /** The chosen worker's vault, once one is picked or added. */
  readonly current: ReadonlySignal<VaultPort | undefined>;
  /** Picks a worker and asks for their security key (or PIN, where the policy allows PINs). */
  unlockWorker(name: string, pin?: string): Promise<void>;
  /** Adds a worker: a new vault sealed by their security key (or PIN); resolves to the recovery code. */
  addWorker(name: string, pin?: string): Promise<string>;
  /** 'Vergeet mij op deze pc': removes the current worker's vault completely. */
  forgetMe(): Promise<void>;
  /** Locks and goes back to the lock screen. */
  leave(): Promise<void>;
  /** The policy has port IT's recovery key: vaults are sealed to it and can be exported for IT. */
  readonly adminRecovery: boolean;
  /**
   * The policy asks for something this PC cannot do (IT's recovery key is
   * not a key): no worker is added until IT fixes it, since their vault
   * would lack the recovery the policy promises. Workers already here unlock.
   */
  readonly policyProblem: HavenError | undefined;
  /** The worker's sealed vault (ciphertext only), for IT's `havencode kiosk-recover`. */
  exportSealed(vault: VaultSummary): Promise<string>;
  /**
   * Re-enrols a worker from IT's re-enrolment file and one-time code: the
   * vault opens once with the code, the worker's new security key replaces
   * the lost one, and the code is spent. Resolves to the new recovery code.
   */
  reenrolWorker(file: string, code: string): Promise<string>;
  /** When the policy will forget this worker's vault if unused (epoch ms); undefined: never. */
  forgetDateOf(vault: VaultSummary): number | undefined;
}

/** What the kiosk port needs from its shell. */
export interface KioskPortOptions {
  db: HavenDb;
  passkey: Omit<PasskeyAccess, 'attachment'>;
  /** Where a worker's unlocked key is kept, to pick up where the popup left off. */
  keeper: KeyKeeper;
  settingsStore: SettingsStore;
  /** The administrator's policy: its idle time is every worker's auto-lock; forgetAfterDays. */
  policy: KioskPolicy;
  /** Port IT's public key from the policy: each worker's data key is also sealed to it. */
  adminKey?: CryptoKey | undefined;
  /** Why the policy's recovery key could not be used (see KioskPort.policyProblem). */
  policyProblem?: HavenError | undefined;
  /** The worker did something in the UI (the shell restarts its own idle clock). */
  onActivity: () => void;
  /** Epoch-ms clock; Date.now by default. */
  now?: (() => number) | undefined;
}

/**
 * The kiosk's port: a vault app per worker, opened only for as long as that
 * worker uses it. A worker's vault has a passkey slot on a roaming security
 * key and no PIN, so nothing on the PC can be guessed offline.
 */
export async function createKioskPort(options: KioskPortOptions): Promise<KioskPort> {
  const { db, adminKey } = options;
  const { forgetAfterDays } = options.policy;
  const now = options.now ?? Date.now;
  // The lock screen shows before the vaults are listed (500 rows take a while on a
  // busy PC); the search answers as soon as they are.
  const vaults = signal<readonly VaultSummary[]>([]);
  const listed = (
    forgetAfterDays === undefined
      ? Promise.resolve(0)
      : forgetUnusedWorkers(db, forgetAfterDays, now())
  )
    .then(() => listVaults(db))
    .then((list) => {
      vaults.value = list;
      return list;
    });
  const current = signal<VaultPort | undefined>(undefined);
  let currentName: string | undefined;
  // Every unlock keeps the key: that is when it is also sealed to IT's key.
  const keeper: KeyKeeper = {
    ...options.keeper,
    async save(kept) {
      await options.keeper.save(kept);
      if (!adminKey) return;
      const { sealVaultForAdmin } = await import('../../vault/admin-slot.ts');
      await sealVaultForAdmin(db, kept.vaultId, kept.key, adminKey, now());
    },
  };

  const open = async (name: string) => {
    await current.peek()?.lock();
    currentName = name;
    const port = await openVaultApp({
      openDatabase: () => Promise.resolve(db),
      keeper,
      settingsStore: options.settingsStore,
      policy: options.policy,
      vaultName: name,
      passkey: { ...options.passkey, attachment: 'cross-platform' },
    });
    const touch = () => {
      port.touch();
      options.onActivity();
    };
    current.value = { ...port, touch };
    return port;
  };
  // A worker still in is resumed; the lock screen itself waits for no listing.
  const kept = await options.keeper.load();
  const resumed = kept && (await listed).find((v) => v.id === kept.vaultId);
  if (resumed) await open(resumed.name);

  return {
    vaults,
    current,
    async unlockWorker(name, pin) {
      const port = await open(name);
      try {
        await (pin === undefined ? port.unlockWithPasskey() : port.unlockWithPin(pin));
      } catch (error) {
        current.value = undefined;
        throw error;
      }
      const vault = vaults.peek().find((v) => v.name === name);
      if (vault) await markWorkerUsed(db, vault.id, now());
    },
    async addWorker(name, pin) {
      if (options.policyProblem) throw options.policyProblem;
      const port = await open(name.trim());
      const recoveryCode = await (pin === undefined
        ? port.setupWithPasskey()
        : port.setupWithPin(pin));
      vaults.value = await listVaults(db);
      return recoveryCode;
    },
    async forgetMe() {
      const vault = vaults.peek().find((v) => v.name === currentName);
      await current.peek()?.lock();
      current.value = undefined;
      if (vault) await (await vaultCore()).deleteVault(db, vault.id);
      vaults.value = await listVaults(db);
    },
    async leave() {
      await current.peek()?.lock();
      current.value = undefined;
      // Last-used dates moved on while the worker was in.
      vaults.value = await listVaults(db);
    },
    adminRecovery: adminKey !== undefined,
    policyProblem: options.policyProblem,
    exportSealed: (vault) => exportSealedVault(db, vault.id),
    async reenrolWorker(file, code) {
      const reenrolment = parseReenrolment(file);
      await storeVaultRows(db, reenrolment);
      vaults.value = await listVaults(db);
      const { id, name } = reenrolment.profile;
      const session = await (await vaultCore()).unlockWithRecoveryCode(db, id, code);
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
      await markWorkerUsed(db, id, now());
      // Kept, the key opens the worker's vault app already unlocked.
      await keeper.save({ vaultId: id, key: await session.exportKey() });
      await open(name);
      return recoveryCode;
    },
    forgetDateOf(vault) {
      return forgetAfterDays === undefined
        ? undefined
        : forgetDate(vault.lastUsedAt, forgetAfterDays);
    },
  };
}

import { signal } from '@preact/signals';
import type { ReadonlySignal } from '@preact/signals';
import type { KeyKeeper, PasskeyAccess, SettingsStore } from '../../app/adapters.ts';
import { openVaultApp } from '../../app/vault-app.ts';
import type { KioskPolicy } from '../../kiosk/policy.ts';
import { deleteVault, listVaults } from '../../vault/index.ts';
import type { HavenDb, VaultSummary } from '../../vault/index.ts';
import type { VaultPort } from '../../app/vault-port.ts';

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
  /** Locks and goes back to the list of workers. */
  leave(): Promise<void>;
}

/** What the kiosk port needs from its shell. */
export interface KioskPortOptions {
  db: HavenDb;
  passkey: Omit<PasskeyAccess, 'attachment'>;
  /** Where a worker's unlocked key is kept, to pick up where the popup left off. */
  keeper: KeyKeeper;
  settingsStore: SettingsStore;
  /** The administrator's policy: its idle time is every worker's auto-lock. */
  policy: KioskPolicy;
  /** The worker did something in the UI (the shell restarts its own idle clock). */
  onActivity: () => void;
}

/**
 * The kiosk's port: a local vault port per worker, opened only for as long
 * as that worker uses it. A worker's vault has a passkey slot on a roaming
 * security key and no PIN, so nothing on the PC can be guessed offline.
 */
export async function createKioskPort(options: KioskPortOptions): Promise<KioskPort> {
  const { db } = options;
  const vaults = signal<readonly VaultSummary[]>(await listVaults(db));
  const current = signal<VaultPort | undefined>(undefined);
  let currentName: string | undefined;

  const open = async (name: string) => {
    await current.peek()?.lock();
    currentName = name;
    const port = await openVaultApp({
      openDatabase: () => Promise.resolve(db),
      keeper: options.keeper,
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
  const kept = await options.keeper.load();
  const resumed = vaults.peek().find((p) => p.id === kept?.vaultId);
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
    },
    async addWorker(name, pin) {
      const port = await open(name.trim());
      const recoveryCode = await (pin === undefined
        ? port.setupWithPasskey()
        : port.setupWithPin(pin));
      vaults.value = await listVaults(db);
      return recoveryCode;
    },
    async forgetMe() {
      const vault = vaults.peek().find((p) => p.name === currentName);
      await current.peek()?.lock();
      current.value = undefined;
      if (vault) await deleteVault(db, vault.id);
      vaults.value = await listVaults(db);
    },
    async leave() {
      await current.peek()?.lock();
      current.value = undefined;
    },
  };
}

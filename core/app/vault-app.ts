import { computed, effect, signal } from '@preact/signals';
import { HavenError } from '../errors.ts';
import type { KioskPolicy } from '../kiosk/policy.ts';
import type { OtpAccount } from '../otp/index.ts';
import { createVaultState } from '../vault/controller.ts';
import { assertPassphrase } from '../vault/passphrase.ts';
import { listVaults } from '../vault/list.ts';
import { KEEP_DELETED_DAYS } from '../vault/retention.ts';
import type {
  AccountRecord,
  PasskeySetup,
  SlotKind,
  VaultSession,
  VaultSummary,
} from '../vault/index.ts';
import type { KeyKeeper, OpenDatabase, PasskeyAccess, SettingsStore } from './adapters.ts';
import { createSettingsModel } from './settings.ts';
import type { ImportResult, UserProof, VaultPort, VaultStatus } from './vault-port.ts';

const KEEP_DELETED_MS = KEEP_DELETED_DAYS * 24 * 3600_000;

/** What a shell plugs in to open its vault. */
export interface VaultAppOptions {
  openDatabase: OpenDatabase;
  /** Where the unlocked key is kept for the other contexts (and resumed from). */
  keeper: KeyKeeper;
  settingsStore: SettingsStore;
  /** The vault to open; the first one (or a new one called 'default') when absent. */
  vaultName?: string | undefined;
  /** WebAuthn where this context has it (a document, not a service worker). */
  passkey?: PasskeyAccess | undefined;
  /** The administrator's policy: in kiosk mode its idle time is the vault's auto-lock. */
  policy?: KioskPolicy | undefined;
}

/**
 * The application layer's way into one vault, for every page that shows it
 * (the PWA, the extension popup and options page, a kiosk worker's vault).
 * Every mutation re-reads the account list so the UI shows what is stored,
 * never what we hoped to store.
 */
export async function openVaultApp(options: VaultAppOptions): Promise<VaultPort> {
  const { keeper, passkey, policy } = options;
  const db = await options.openDatabase();
  const controller = createVaultState();
  const accounts = signal<readonly AccountRecord[]>([]);
  const deleted = signal<readonly AccountRecord[]>([]);
  /** Reads what is stored: the list, and what was deleted but can still be restored. */
  const reread = async (session: VaultSession) => {
    const all = await session.listAccounts({ includeDeleted: true });
    accounts.value = all.filter((record) => record.deletedAt === undefined);
    deleted.value = all
      .filter((record) => record.deletedAt !== undefined)
      .sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0));
  };
  let vault = (await listVaults(db)).find(
    (v) => options.vaultName === undefined || v.name === options.vaultName,
  );
  const exists = signal(vault !== undefined);
  const unlockMethods = signal(slotKinds(vault));
  // Slots change while unlocked (the options page adds a passkey): read them again for the lock screen.
  const refreshMethods = async () => {
    const id = vault?.id;
    vault = (await listVaults(db)).find((v) => v.id === id) ?? vault;
    unlockMethods.value = slotKinds(vault);
  };
  const open = computed(() =>
    controller.state.value === 'unlocked' ? controller.requireSession() : undefined,
  );
  const settings = await createSettingsModel({
    store: options.settingsStore,
    vault: open,
    policy,
  });

  const adopt = async (session: VaultSession) => {
    // On a shared PC the administrator's idle time wins over whatever the vault was set to.
    if (policy?.kiosk && session.settings.peek().autoLockSeconds !== policy.idleSeconds)
      await session.setSettings({ autoLockSeconds: policy.idleSeconds });
    controller.adopt(session);
    await session.purgeDeleted(Date.now() - KEEP_DELETED_MS);
    await reread(session);
    await refreshMethods();
  };
  const keepKey = async (session: VaultSession) =>
    keeper.save({ vaultId: session.vaultId, key: await session.exportKey() });
  // Keep or forget the key on changes only: the first run sees the initial
  // 'locked', which is no news (and must not wipe a key about to be resumed).
  let previous = controller.state.peek();
  effect(() => {
    const state = controller.state.value;
    if (state === previous) return;
    previous = state;
    if (state === 'locked') {
      accounts.value = deleted.value = [];
      void refreshMethods();
    }
    void (state === 'unlocked' ? keepKey(controller.requireSession()) : keeper.clear());
  });
  // Another context locked: so does this one.
  keeper.watch((unlocked) => {
    if (!unlocked) controller.lock();
  });
  const withSession = async (work: (session: VaultSession) => Promise<unknown>) => {
    const session = controller.requireSession();
    controller.touch();
    await work(session);
    await reread(session);
  };
  const readRecords = async () => {
    const session = controller.requireSession();
    controller.touch();
    return session.listAccounts();
  };
  const readAccounts = async () => (await readRecords()).map((record) => record.account);
  // Secrets leave in clear only after the user proved it is them.
  const readProved = async (proof: UserProof) => {
    controller.requireSession();
    await prove(proof);
    return readAccounts();
  };
  // A file that now holds every account: the backup reminder waits for the next add.
  const noteBackup = async (file: string | Promise<string>) => {
    const text = await file;
    await controller.requireSession().setSettings({ lastBackupAt: Date.now() });
    return text;
  };
  const requireVaultId = () => {
    if (!vault) throw new HavenError('vault/not-found', 'no vault has been created yet');
    return vault.id;
  };
  // Checked like an unlock (a wrong PIN is throttled and counted like one); the session it opens is dropped.
  const prove = async (proof: UserProof) => {
    const code = await loadVault();
    await ('pin' in proof
      ? code.unlockWithPin(db, requireVaultId(), proof.pin)
      : code.unlockWithPasskey(db, requireVaultId(), requirePasskey(passkey)));
  };
  const create = async (secret: { pin: string } | { passkey: PasskeySetup }) => {
    const name = options.vaultName ?? 'default';
    const { createVault } = await loadVault();
    const { session, recoveryCode } = await createVault(db, { name, ...secret });
    vault = (await listVaults(db)).find((v) => v.id === session.vaultId);
    exists.value = true;
    await adopt(session);
    return recoveryCode;
  };

  const kept = await keeper.load();
  if (vault && vault.id === kept?.vaultId) {
    const { resumeSession } = await loadVault();
    await adopt(await resumeSession(db, vault.id, kept.key));
  }

  const status = computed<VaultStatus>(() => {
    if (!exists.value) return 'empty';
    return controller.state.value;
  });

  return {
    status,
    accounts,
    deleted,
    clockOffsetMs: signal(0),
    settings,
    backupDue: computed(() => {
      if (controller.state.value !== 'unlocked') return 0;
      const { lastBackupAt = 0, backupSnoozedAt = 0 } = controller.requireSession().settings.value;
      const since = accounts.value.filter((record) => record.createdAt > lastBackupAt);
      return since.some((record) => record.createdAt > backupSnoozedAt) ? since.length : 0;
    }),
    snoozeBackupReminder: () =>
      withSession((session) => session.setSettings({ backupSnoozedAt: Date.now() })),
    passkeySupported: passkey !== undefined,
    unlockMethods,
    setupWithPin: (pin) => create({ pin }),
    setupWithPasskey: () =>
      create({
        passkey: { ...requirePasskey(passkey), userName: options.vaultName ?? 'Havencode' },
      }),
    unlockWithPin: async (pin) => {
      const code = await loadVault();
      await adopt(await code.unlockWithPin(db, requireVaultId(), pin));
    },
    unlockWithPasskey: async () => {
      const code = await loadVault();
      await adopt(await code.unlockWithPasskey(db, requireVaultId(), requirePasskey(passkey)));
    },
    unlockWithRecoveryCode: async (recoveryCode) => {
      const code = await loadVault();
      await adopt(await code.unlockWithRecoveryCode(db, requireVaultId(), recoveryCode));
    },
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
    listSlots: () => controller.requireSession().listSlots(),
    setPin: async (newPin, currentPin) => {
      const session = controller.requireSession();
      const hasPin = (await session.listSlots()).some((slot) => slot.kind === 'pin');
      if (hasPin) await prove({ pin: currentPin ?? '' });
      controller.touch();
      await (hasPin ? session.changePin(newPin) : session.addPinSlot(newPin));
      await refreshMethods();
    },
    addPasskey: async (proof) => {
      const session = controller.requireSession();
      await prove(proof);
      controller.touch();
      await session.addPasskeySlot({ ...requirePasskey(passkey), userName: session.name });
      await refreshMethods();
    },
    removeSlot: async (id) => {
      controller.touch();
      await controller.requireSession().removeSlot(id);
      await refreshMethods();
    },
    setAccountLinks: (id, links) => withSession((s) => s.updateAccount(id, { links: [...links] })),
    renameAccount: (id, label) =>
      withSession((s) => s.updateAccount(id, { label: label || undefined })),
    moveAccount: (id, offset) =>
      withSession(async (s) => {
        const list = [...accounts.value];
        const from = list.findIndex((a) => a.id === id);
        const to = from + offset;
        if (from < 0 || to < 0 || to >= list.length) return;
        list.splice(to, 0, ...list.splice(from, 1));
        // Renumber rather than swap, so equal or sparse orders still end up as shown.
        for (const [order, record] of list.entries())
          if (record.order !== order) await s.updateAccount(record.id, { order });
      }),
    deleteAccount: (id) => withSession((s) => s.deleteAccount(id)),
    restoreAccount: (id) => withSession((s) => s.restoreAccount(id)),
    listSnapshots: () => {
      controller.touch();
      return controller.requireSession().listSnapshots();
    },
    restoreSnapshot: (id) => withSession((s) => s.restoreSnapshot(id)),
    advanceCounter: (id) =>
      withSession(async (s) => {
        await s.advanceCounter(id);
      }),
    exportBackup: async (passphrase) => {
      // The file leaves the device: its passphrase must resist offline guessing on its own.
      await assertPassphrase(passphrase, 'backup');
      const { exportEncryptedBackup } = await loadBackup();
      return noteBackup(exportEncryptedBackup(await readRecords(), passphrase));
    },
    exportOtpauthLines: async (proof) => {
      const accounts = await readProved(proof);
      return noteBackup((await loadBackup()).exportOtpauthLines(accounts));
    },
    exportGoogleTransfer: async (proof) => {
      const accounts = await readProved(proof);
      return (await loadBackup()).exportGoogleMigration(accounts);
    },
    exportAegisPlain: async (proof) => {
      const accounts = await readProved(proof);
      return noteBackup((await loadBackup()).exportAegisPlain(accounts));
    },
    startTransfer: async (proof) => {
      const accounts = await readProved(proof);
      return (await loadBackup()).sealTransfer(accounts);
    },
    exportAegisEncrypted: async (passphrase) => {
      await assertPassphrase(passphrase, 'backup');
      const { exportAegisEncrypted } = await loadBackup();
      return noteBackup(exportAegisEncrypted(await readAccounts(), passphrase));
    },
    importBackup: async (file, passphrase) => {
      const backup = await loadBackup();
      // Everything is read and decrypted before the vault is touched: a bad file changes nothing.
      const { accounts: entries, skipped } = await backup.importBackup(file, passphrase);
      const result: ImportResult = { added: 0, duplicates: 0, skipped: skipped.length };
      await withSession(async (session) => {
        const { added, duplicates } = await session.addEntries(entries);
        result.added = added.length;
        result.duplicates = duplicates.length;
      });
      return result;
    },
    refresh: async () => {
      if (controller.state.peek() === 'unlocked')
        accounts.value = await controller.requireSession().listAccounts();
    },
    touch: () => {
      controller.touch();
      // The user is about to type a PIN or tap the passkey button: fetch the vault code now.
      void loadVault();
    },
  };
}

/**
 * core/vault (key derivation, Argon2id's wasm, sealing, the OTP library) is
 * needed only from setup or unlock on, so the first screen loads without it.
 */
function loadVault() {
  return import('../vault/index.ts');
}

/** core/backup only when the user asks for it: it stays out of the first load. */
function loadBackup() {
  return import('../backup/index.ts');
}

/** The kinds of slot a vault has, in the order the lock screen offers them. */
function slotKinds(vault: VaultSummary | undefined): SlotKind[] {
  const kinds = new Set(vault?.slotKinds);
  return (['passkey', 'pin', 'recovery'] as const).filter((kind) => kinds.has(kind));
}

function requirePasskey<T>(passkey: T | undefined): T {
  if (passkey === undefined) {
    throw new HavenError('vault/prf-unsupported', 'passkeys are not available in this context');
  }
  return passkey;
}

/**
 * An unlocked vault. It holds the data key (and nothing else secret) until
 * `lock()`, which drops every key reference and zeroes the raw key bytes.
 * Records are read from the database on each call, so two contexts (popup and
 * background, two tabs) sharing one vault see each other's changes; a change
 * computed from rows another context rewrote meanwhile is computed again.
 */
import { signal, type ReadonlySignal } from '@preact/signals-core';
import { HavenError, isHavenError } from '../errors.ts';
import type { OtpAccount } from '../otp/account.ts';
import type { HavenDb } from '../storage/db.ts';
import {
  getVaultRow,
  listRecordRows,
  getRecordRow,
  updateVaultRow,
  writeRecordRows,
} from '../storage/repository.ts';
import type { VaultSettings } from '../storage/schema.ts';
import { importAeadKey } from './aead.ts';
import type { Bytes } from './bytes.ts';
import {
  applyPatch,
  findDuplicates,
  openRecord,
  sealRecord,
  type AccountEntry,
  type AccountPatch,
  type AccountRecord,
} from './records.ts';
import { mergeSettings } from './settings.ts';
import { createSlotManager, type SlotManager } from './slot-manager.ts';
import { createSnapshotKeeper, requestSnapshot, type SnapshotKeeper } from './snapshots.ts';

/** Where a session lives and what it knows at unlock. */
export interface SessionInit {
  db: HavenDb;
  vaultId: string;
  name: string;
  rawKey: Bytes;
  settings: VaultSettings;
  clock: () => number;
}

/** An unlocked vault: accounts, slots, settings, and lock(). */
export interface VaultSession extends SlotManager, SnapshotKeeper {
  readonly vaultId: string;
  readonly name: string;
  /** True once lock() ran; every other call then throws 'vault/locked'. */
  readonly locked: ReadonlySignal<boolean>;
  /** The vault's settings as last read or written by this session. */
  readonly settings: ReadonlySignal<VaultSettings>;
  /** The accounts in display order; soft-deleted ones only when asked. */
  listAccounts(options?: { includeDeleted?: boolean }): Promise<AccountRecord[]>;
  /** Adds accounts in one transaction, skipping those already in the vault. */
  addAccounts(
    accounts: OtpAccount[],
  ): Promise<{ added: AccountRecord[]; duplicates: OtpAccount[] }>;
  /** The same, with each account's label and links (a restored backup) in that one transaction. */
  addEntries(
    entries: readonly AccountEntry[],
  ): Promise<{ added: AccountRecord[]; duplicates: OtpAccount[] }>;
  /** Changes label, links, order or HOTP counter. */
  updateAccount(id: string, patch: AccountPatch): Promise<AccountRecord>;
  /**
   * HOTP: uses up the next code, even when another context does the same at
   * once. Returns the account with the counter to compute that code from.
   */
  advanceCounter(id: string): Promise<OtpAccount>;
  /** Soft-deletes: hidden from listAccounts until restored or purged. */
  deleteAccount(id: string): Promise<AccountRecord>;
  /** Undoes a soft delete. */
  restoreAccount(id: string): Promise<AccountRecord>;
  /** Removes accounts soft-deleted before `olderThan` (epoch ms) for good; returns how many. */
  purgeDeleted(olderThan: number): Promise<number>;
  /** Changes settings and stores them. */
  setSettings(patch: Partial<VaultSettings>): Promise<VaultSettings>;
  /** Reads the settings again: another context may have changed them. */
  reloadSettings(): Promise<VaultSettings>;
  /** A copy of the raw data key, for a trusted context to resume without a prompt. */
  exportKey(): Promise<Uint8Array>;
  /** Forgets the keys. */
  lock(): void;
}

/** How often a change is computed again after another context wrote the same rows. */
const CONFLICT_ATTEMPTS = 8;

/**
 * Runs a read-change-write until it wins. Two tabs editing in lockstep would
 * collide every time, so each retry waits a random, doubling while (≤ 0.6 s).
 */
async function retryOnConflict<T>(attempt: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      if (!isHavenError(error, 'vault/conflict') || tries === CONFLICT_ATTEMPTS) throw error;
    }
    await new Promise((resume) => setTimeout(resume, Math.random() * 5 * 2 ** tries));
  }
}

/** A move in the list changes only `order`: no state worth going back to. */
function isOrderOnly(patch: AccountPatch): boolean {
  return Object.keys(patch).every((key) => key === 'order');
}

/** Opens a session on a data key that a slot (or resumeSession) has produced. */
export async function startSession(init: SessionInit): Promise<VaultSession> {
  const { db, vaultId, clock } = init;
  let rawKey: Bytes | undefined = init.rawKey;
  let key: CryptoKey | undefined = await importAeadKey(rawKey);
  const locked = signal(false);
  const settings = signal(init.settings);

  const requireKey = (): { key: CryptoKey; rawKey: Bytes } => {
    if (key === undefined || rawKey === undefined)
      throw new HavenError('vault/locked', 'the vault is locked');
    return { key, rawKey };
  };
  // Each read keeps the rows it opened: a write checks them (see writeRecordRows).
  const readAll = async () => {
    const { key: k } = requireKey();
    const rows = await listRecordRows(db, vaultId);
    const records = await Promise.all(rows.map((row) => openRecord(k, vaultId, row)));
    return { records, basis: { rows, wholeVault: true } };
  };
  const readOne = async (id: string) => {
    const { key: k } = requireKey();
    const row = await getRecordRow(db, vaultId, id);
    if (row === undefined) throw new HavenError('vault/not-found', `no account ${id}`);
    return { record: await openRecord(k, vaultId, row), basis: { rows: [row], wholeVault: false } };
  };
  /**
   * Reads an account, changes it and writes it, again if another context
   * wrote it meanwhile. `keep`: a change the user may want undone, so the
   * vault as it was is kept (not an HOTP step or a move in the list).
   */
  const changeOne = (id: string, change: (record: AccountRecord) => AccountRecord, keep = true) =>
    retryOnConflict(async () => {
      const { record, basis } = await readOne(id);
      const next = change(record);
      const row = await sealRecord(requireKey().key, vaultId, next);
      const snapshot = keep ? requestSnapshot(clock) : undefined;
      await writeRecordRows(db, vaultId, { put: [row], basis, ...(snapshot && { snapshot }) });
      return { before: record, after: next };
    });

  const addEntries = (entries: readonly AccountEntry[]) =>
    retryOnConflict(async () => {
      const { records, basis } = await readAll();
      const existing = records.filter((r) => r.deletedAt === undefined);
      const { fresh, duplicates } = findDuplicates(
        existing.map((r) => r.account),
        entries.map((e) => e.account),
      );
      const isFresh = new Set(fresh);
      let order = Math.max(-1, ...existing.map((r) => r.order)) + 1;
      const createdAt = clock();
      const added = entries
        .filter((e) => isFresh.delete(e.account)) // once each, even if an object repeats
        .map(({ account, label, links }) =>
          applyPatch(
            { id: crypto.randomUUID(), account, links: [], order: order++, createdAt },
            { label, links: links ?? [] },
          ),
        );
      const { key: k } = requireKey();
      const rows = await Promise.all(added.map((r) => sealRecord(k, vaultId, r)));
      if (rows.length > 0)
        await writeRecordRows(db, vaultId, { put: rows, basis, snapshot: requestSnapshot(clock) });
      return { added, duplicates };
    });

  return {
    vaultId,
    name: init.name,
    locked,
    settings,
    ...createSlotManager({ db, vaultId, clock, rawKey: () => requireKey().rawKey }),
    ...createSnapshotKeeper({
      db,
      vaultId,
      clock,
      key: () => requireKey().key,
      readAll,
      retry: retryOnConflict,
    }),

    async listAccounts(options = {}) {
      const { records } = await readAll();
      return records
        .filter((r) => options.includeDeleted === true || r.deletedAt === undefined)
        .sort((a, b) => a.order - b.order || a.createdAt - b.createdAt);
    },

    addAccounts: (accounts) => addEntries(accounts.map((account) => ({ account }))),
    addEntries,

    updateAccount: async (id, patch) =>
      (await changeOne(id, (record) => applyPatch(record, patch), !isOrderOnly(patch))).after,

    async advanceCounter(id) {
      const { before } = await changeOne(
        id,
        (record) => {
          const { account } = record;
          // applyPatch refuses any counter on a TOTP account.
          return applyPatch(record, {
            counter: account.type === 'hotp' ? account.counter + 1 : -1,
          });
        },
        false,
      );
      return before.account;
    },

    deleteAccount: async (id) =>
      (await changeOne(id, (record) => ({ ...record, deletedAt: clock() }))).after,

    restoreAccount: async (id) =>
      (
        await changeOne(id, (record) => {
          const restored = { ...record };
          delete restored.deletedAt;
          return restored;
        })
      ).after,

    purgeDeleted: (olderThan) =>
      retryOnConflict(async () => {
        const { records, basis } = await readAll();
        const stale = records.filter((r) => r.deletedAt !== undefined && r.deletedAt < olderThan);
        if (stale.length > 0) {
          await writeRecordRows(db, vaultId, {
            delete: stale.map((r) => r.id),
            basis,
            snapshot: requestSnapshot(clock),
          });
        }
        return stale.length;
      }),

    async setSettings(patch) {
      requireKey();
      mergeSettings(settings.peek(), patch);
      const row = await updateVaultRow(db, vaultId, (r) => ({
        ...r,
        settings: mergeSettings(r.settings, patch),
      }));
      if (row === undefined) throw new HavenError('vault/not-found', `vault ${vaultId} is gone`);
      settings.value = row.settings;
      return row.settings;
    },

    async reloadSettings() {
      requireKey();
      const row = await getVaultRow(db, vaultId);
      settings.value = row.settings;
      return row.settings;
    },

    exportKey() {
      return Promise.resolve().then(() => new Uint8Array(requireKey().rawKey));
    },

    lock() {
      rawKey?.fill(0);
      rawKey = undefined;
      key = undefined;
      locked.value = true;
    },
  };
}

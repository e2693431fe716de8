/**
 * An unlocked vault. It holds the data key (and nothing else secret) until
 * `lock()`, which drops every key reference and zeroes the raw key bytes.
 * Records are read from the database on each call, so two contexts (popup and
 * background) sharing one vault see each other's changes.
 */
import { signal, type ReadonlySignal } from '@preact/signals-core';
import { HavenError } from '../errors.ts';
import type { OtpAccount } from '../otp/account.ts';
import type { HavenDb } from '../storage/db.ts';
import {
  listRecordRows,
  getRecordRow,
  updateProfileRow,
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
export interface VaultSession extends SlotManager {
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
  /** Soft-deletes: hidden from listAccounts until restored or purged. */
  deleteAccount(id: string): Promise<AccountRecord>;
  /** Undoes a soft delete. */
  restoreAccount(id: string): Promise<AccountRecord>;
  /** Removes accounts soft-deleted before `olderThan` (epoch ms) for good; returns how many. */
  purgeDeleted(olderThan: number): Promise<number>;
  /** Changes settings and stores them. */
  setSettings(patch: Partial<VaultSettings>): Promise<VaultSettings>;
  /** A copy of the raw data key, for a trusted context to resume without a prompt. */
  exportKey(): Promise<Uint8Array>;
  /** Forgets the keys. */
  lock(): void;
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
  const readAll = async (): Promise<AccountRecord[]> => {
    const { key: k } = requireKey();
    const rows = await listRecordRows(db, vaultId);
    return Promise.all(rows.map((row) => openRecord(k, vaultId, row)));
  };
  const readOne = async (id: string): Promise<AccountRecord> => {
    const { key: k } = requireKey();
    const row = await getRecordRow(db, vaultId, id);
    if (row === undefined) throw new HavenError('vault/not-found', `no account ${id}`);
    return openRecord(k, vaultId, row);
  };
  const writeOne = async (record: AccountRecord): Promise<AccountRecord> => {
    const row = await sealRecord(requireKey().key, vaultId, record);
    await writeRecordRows(db, vaultId, { put: [row] });
    return record;
  };

  const addEntries = async (entries: readonly AccountEntry[]) => {
    const existing = (await readAll()).filter((r) => r.deletedAt === undefined);
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
    if (rows.length > 0) await writeRecordRows(db, vaultId, { put: rows });
    return { added, duplicates };
  };

  return {
    vaultId,
    name: init.name,
    locked,
    settings,
    ...createSlotManager({ db, vaultId, clock, rawKey: () => requireKey().rawKey }),

    async listAccounts(options = {}) {
      const records = await readAll();
      return records
        .filter((r) => options.includeDeleted === true || r.deletedAt === undefined)
        .sort((a, b) => a.order - b.order || a.createdAt - b.createdAt);
    },

    addAccounts: (accounts) => addEntries(accounts.map((account) => ({ account }))),
    addEntries,

    async updateAccount(id, patch) {
      return writeOne(applyPatch(await readOne(id), patch));
    },

    async deleteAccount(id) {
      return writeOne({ ...(await readOne(id)), deletedAt: clock() });
    },

    async restoreAccount(id) {
      const record = await readOne(id);
      delete record.deletedAt;
      return writeOne(record);
    },

    async purgeDeleted(olderThan) {
      const stale = (await readAll()).filter(
        (r) => r.deletedAt !== undefined && r.deletedAt < olderThan,
      );
      if (stale.length > 0) await writeRecordRows(db, vaultId, { delete: stale.map((r) => r.id) });
      return stale.length;
    },

    async setSettings(patch) {
      requireKey();
      mergeSettings(settings.peek(), patch);
      const row = await updateProfileRow(db, vaultId, (r) => ({
        ...r,
        settings: mergeSettings(r.settings, patch),
      }));
      if (row === undefined) throw new HavenError('vault/not-found', `vault ${vaultId} is gone`);
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

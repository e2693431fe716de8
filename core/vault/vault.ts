/**
 * Creating, listing and unlocking vaults (named profiles). Several vaults sit
 * side by side in one database; each has its own data key and slots.
 */
import type { MonotonicPinGuard } from './throttle.ts';
import { HavenError } from '../errors.ts';
import type { HavenDb } from '../storage/db.ts';
import {
  addProfileRow,
  deleteProfileRows,
  getProfileRow,
  listProfileRows,
  updateProfileRow,
} from '../storage/repository.ts';
import type { ProfileRow, SlotKind, SlotRow, VaultSettings } from '../storage/schema.ts';
import { generateKeyBytes, importAeadKey, openBytes, sealBytes } from './aead.ts';
import { copyBytes, encodeUtf8, type Bytes } from './bytes.ts';
import { calibrateKdf } from './calibrate.ts';
import { assertKdfStrength, type KdfParams } from './kdf.ts';
import type { PasskeySetup } from './passkey.ts';
import { startSession, type VaultSession } from './session.ts';
import { DEFAULT_SETTINGS, mergeSettings } from './settings.ts';
import {
  assertPinAcceptable,
  createPasskeySlot,
  createPinSlot,
  createRecoverySlot,
} from './slots.ts';

/** What a lock screen may show before unlocking. */
export interface ProfileSummary {
  id: string;
  name: string;
  createdAt: number;
  /** Last unlock, else creation. */
  lastUsedAt: number;
  slotKinds: SlotKind[];
}

/** How to create a vault: a name and at least one of PIN and passkey. */
export interface CreateVaultOptions {
  name: string;
  pin?: string | undefined;
  passkey?: PasskeySetup | undefined;
  /** PIN KDF cost; calibrated on this device when absent. Refused below the floor. */
  kdf?: KdfParams | undefined;
  settings?: Partial<VaultSettings> | undefined;
  /** Epoch-ms clock; Date.now by default. */
  now?: (() => number) | undefined;
}

/** Options every unlock takes. */
export interface UnlockOptions {
  /** Epoch-ms clock; Date.now by default. */
  now?: (() => number) | undefined;
  /** Counts the PIN delay on a monotonic clock too; this page's guard by default. */
  pinGuard?: MonotonicPinGuard | undefined;
}

const KEY_CHECK = encodeUtf8('havencode-key-check');

/** The vaults in this database, oldest first. */
export async function listProfiles(db: HavenDb): Promise<ProfileSummary[]> {
  const rows = await listProfileRows(db);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt ?? row.createdAt,
    slotKinds: [...new Set(row.slots.map((s) => s.kind))],
  }));
}

/** Creates a vault with a PIN and/or passkey slot plus a recovery slot; the code is shown once. */
export async function createVault(
  db: HavenDb,
  options: CreateVaultOptions,
): Promise<{ session: VaultSession; recoveryCode: string }> {
  const clock = options.now ?? Date.now;
  const name = options.name.trim();
  if (name === '') throw new HavenError('vault/invalid-name', 'a vault needs a name');
  if (options.pin === undefined && options.passkey === undefined) {
    throw new HavenError('vault/no-slot', 'a vault needs a PIN or a passkey');
  }
  if (options.pin !== undefined) assertPinAcceptable(options.pin);
  if (options.kdf !== undefined) assertKdfStrength(options.kdf);
  const settings = mergeSettings(DEFAULT_SETTINGS, options.settings ?? {});
  const taken = (await listProfileRows(db)).some(
    (p) => p.name.toLowerCase() === name.toLowerCase(),
  );
  if (taken) throw new HavenError('vault/exists', `a vault named ${name} exists already`);

  const vaultId = crypto.randomUUID();
  const dataKey = generateKeyBytes();
  const now = clock();
  const slots: SlotRow[] = [];
  // The passkey prompt first: if the authenticator lacks PRF, nothing was derived in vain.
  if (options.passkey !== undefined) {
    slots.push(await createPasskeySlot(dataKey, vaultId, options.passkey, now));
  }
  if (options.pin !== undefined) {
    const kdf = options.kdf ?? (await calibrateKdf()).params;
    slots.push(await createPinSlot(dataKey, vaultId, options.pin, kdf, now));
  }
  const recovery = await createRecoverySlot(dataKey, vaultId, now);
  slots.push(recovery.slot);

  const keyCheck = await sealBytes(
    await importAeadKey(dataKey),
    KEY_CHECK,
    encodeUtf8(`${vaultId}/key-check`),
  );
  const row: ProfileRow = {
    id: vaultId,
    name,
    createdAt: now,
    slots,
    keyCheck,
    failures: { count: 0, lastAt: 0 },
    settings,
  };
  await addProfileRow(db, row);
  const session = await startSession({ db, vaultId, name, rawKey: dataKey, settings, clock });
  return { session, recoveryCode: recovery.code };
}

/** Resumes a session from a raw data key kept by a trusted context (extension storage.session). */
export async function resumeSession(
  db: HavenDb,
  profileId: string,
  rawKey: Uint8Array,
  options: UnlockOptions = {},
): Promise<VaultSession> {
  const row = await getProfileRow(db, profileId);
  const key = copyBytes(rawKey);
  await openBytes(await importAeadKey(key), row.keyCheck, encodeUtf8(`${row.id}/key-check`));
  return startSession({
    db,
    vaultId: row.id,
    name: row.name,
    rawKey: key,
    settings: row.settings,
    clock: options.now ?? Date.now,
  });
}

/** Removes a vault and all its accounts from this device ('forget me'). */
export async function deleteProfile(db: HavenDb, profileId: string): Promise<void> {
  await deleteProfileRows(db, profileId);
}

/** Starts a session after a slot opened; clears the wrong-PIN counter (the user proved themselves). */
export async function finishUnlock(
  db: HavenDb,
  row: ProfileRow,
  rawKey: Bytes,
  clock: () => number,
): Promise<VaultSession> {
  if (row.failures.count > 0) {
    await updateProfileRow(db, row.id, (r) => ({ ...r, failures: { count: 0, lastAt: 0 } }));
  }
  return startSession({
    db,
    vaultId: row.id,
    name: row.name,
    rawKey,
    settings: row.settings,
    clock,
  });
}

/**
 * The IndexedDB schema, as one typed `DBSchema` so every store, key and index
 * is checked. Only ciphertexts, slot metadata and a vault's chosen name are
 * stored; secrets, issuers and account names live inside `RecordRow.ciphertext`.
 */
import type { DBSchema } from 'idb';
import type { Bytes } from '../vault/bytes.ts';
import type { KdfParams } from '../vault/kdf.ts';

/** The current schema version; `migrations[v - 1]` upgrades v-1 → v. */
export const DB_VERSION = 3;

/** An AES-GCM blob as stored: the data key under a slot's key, or a record under the data key. */
export interface SealedRow {
  iv: Bytes;
  ciphertext: Bytes;
}

interface SlotBase {
  id: string;
  createdAt: number;
  /** The vault's data key, sealed with this slot's key-wrapping key. */
  wrapped: SealedRow;
}

/** A PIN or passphrase slot: the KDF and its parameters stay with the slot. */
export interface PinSlotRow extends SlotBase {
  kind: 'pin';
  kdf: KdfParams;
  salt: Bytes;
}

/** A passkey slot: the credential and the salt its PRF is evaluated with. */
export interface PasskeySlotRow extends SlotBase {
  kind: 'passkey';
  credentialId: Bytes;
  prfSalt: Bytes;
}

/** A recovery-code slot. */
export interface RecoverySlotRow extends SlotBase {
  kind: 'recovery';
  salt: Bytes;
}

/**
 * Kiosk mode's administrator recovery slot: the data key sealed to port IT's
 * P-256 public key (ECDH with an ephemeral key, HKDF, AES-GCM). Kept apart
 * from `slots` because nothing on the PC can open it: only IT's private key,
 * offline (`havencode kiosk-recover`).
 */
export interface AdminSlotRow {
  /** SHA-256 of the administrator's public key (SPKI), hex: which key it is sealed to. */
  keyId: string;
  createdAt: number;
  /** The ephemeral P-256 public key, raw (65 bytes). */
  ephemeralPublicKey: Bytes;
  salt: Bytes;
  wrapped: SealedRow;
}

/** One way to unwrap the data key. */
export type SlotRow = PinSlotRow | PasskeySlotRow | RecoverySlotRow;

/** Which kind of secret opens a slot. */
export type SlotKind = SlotRow['kind'];

/** Per-vault settings; in clear because they are needed before unlocking. */
export interface VaultSettings {
  /** Lock after this many seconds without activity; 0 = never. */
  autoLockSeconds: number;
  /** Wipe the vault after this many wrong PINs in a row; undefined = never. */
  wipeAfterFailures?: number | undefined;
  /** When (epoch ms) the accounts last left as a backup file; undefined = never. */
  lastBackupAt?: number | undefined;
  /** When the user last put the backup reminder off: it waits for the next account added. */
  backupSnoozedAt?: number | undefined;
}

/** Wrong PINs in a row, kept in the database so a reload does not reset the delay. */
export interface FailureRow {
  count: number;
  lastAt: number;
}

/** One vault. Its IndexedDB store keeps its first name, 'profiles': renaming it would need a migration for nothing. */
export interface VaultRow {
  id: string;
  name: string;
  createdAt: number;
  /** Last unlock (kiosk mode forgets vaults unused too long); createdAt until the first. */
  lastUsedAt?: number | undefined;
  slots: SlotRow[];
  /** Kiosk mode: the data key sealed to the administrator's recovery key, when the policy has one. */
  adminSlot?: AdminSlotRow | undefined;
  /** A constant sealed with the data key: proves a resumed raw key belongs to this vault. */
  keyCheck: SealedRow;
  failures: FailureRow;
  settings: VaultSettings;
}

/** One sealed account; nothing but ids and ciphertext. */
export interface RecordRow {
  vaultId: string;
  id: string;
  iv: Bytes;
  ciphertext: Bytes;
}

/**
 * The vault's records as they were just before a change, kept to go back to:
 * the sealed rows themselves, copied in the change's own transaction, so a
 * snapshot is exactly as secret as the records and never half-written.
 */
export interface SnapshotRow {
  vaultId: string;
  id: string;
  /** Counts up per vault: the order of snapshots, even when the clock stands still or goes back. */
  seq: number;
  takenAt: number;
  rows: RecordRow[];
}

/** The Havencode database. */
export interface HavenSchema extends DBSchema {
  profiles: { key: string; value: VaultRow };
  records: { key: [string, string]; value: RecordRow };
  snapshots: { key: [string, string]; value: SnapshotRow };
}

/**
 * The two files of administrator recovery. A *sealed vault export* is a
 * worker's vault row and records exactly as stored (ciphertext, wrapped
 * keys): IT takes it from the lock screen. `havencode kiosk-recover` opens
 * its admin slot offline and adds a one-time recovery slot, giving the
 * *re-enrolment file*; its code travels apart (IT tells the worker).
 */
import { HavenError } from '../errors.ts';
import type { HavenDb } from '../storage/db.ts';
import { getVaultRow, listRecordRows } from '../storage/repository.ts';
import type { VaultRow, RecordRow } from '../storage/schema.ts';

const SEALED = 'havencode-sealed-vault/1';
const REENROL = 'havencode-reenrolment/1';

/** A vault as it sits in IndexedDB. */
export interface VaultRows {
  profile: VaultRow;
  records: RecordRow[];
}

/** A re-enrolment: the vault with its one-time slot, and that slot's id. */
export interface Reenrolment extends VaultRows {
  reenrolSlotId: string;
}

/** The sealed export of one worker's vault, as JSON text. */
export async function exportSealedVault(db: HavenDb, vaultId: string): Promise<string> {
  const profile = await getVaultRow(db, vaultId);
  const records = await listRecordRows(db, vaultId);
  return writeFile({ format: SEALED, profile, records });
}

/** Reads a sealed export; 'kiosk/bad-file' when it is not one. */
export function parseSealedVault(text: string): VaultRows {
  const file = readFile(text, SEALED);
  return { profile: file.profile, records: file.records };
}

/** The re-enrolment file's text. */
export function writeReenrolment(reenrolment: Reenrolment): string {
  return writeFile({ format: REENROL, ...reenrolment });
}

/** Reads a re-enrolment file; 'kiosk/bad-file' when it is not one. */
export function parseReenrolment(text: string): Reenrolment {
  const file = readFile(text, REENROL);
  if (typeof file.reenrolSlotId !== 'string') throw badFile();
  return { profile: file.profile, records: file.records, reenrolSlotId: file.reenrolSlotId };
}

/**
 * Puts a re-enrolled vault in place of the worker's vault on this PC (or
 * back, if it was forgotten): profile and records in one transaction.
 */
export async function storeVaultRows(db: HavenDb, { profile, records }: VaultRows): Promise<void> {
  const tx = db.transaction(['profiles', 'records'], 'readwrite', { durability: 'strict' });
  const store = tx.objectStore('records');
  await store.delete(IDBKeyRange.bound([profile.id], [profile.id, []]));
  await Promise.all([
    tx.objectStore('profiles').put(profile),
    ...records.map((record) => store.put(record)),
    tx.done,
  ]);
}

interface VaultFile extends VaultRows {
  format: string;
  reenrolSlotId?: unknown;
}

function writeFile(file: VaultFile): string {
  return JSON.stringify(file, (_key, value: unknown) =>
    value instanceof Uint8Array ? { base64: encodeBase64(value) } : value,
  );
}

function readFile(text: string, format: string): VaultFile {
  let file: unknown;
  try {
    file = JSON.parse(text, (_key, value: unknown) =>
      isBase64Box(value) ? decodeBase64(value.base64) : value,
    );
  } catch (cause) {
    throw badFile(cause);
  }
  if (!isVaultFile(file) || file.format !== format) throw badFile();
  return file;
}

function isVaultFile(value: unknown): value is VaultFile {
  if (typeof value !== 'object' || value === null) return false;
  const { profile, records } = value as Partial<VaultFile>;
  return (
    typeof profile?.id === 'string' &&
    typeof profile.name === 'string' &&
    Array.isArray(profile.slots) &&
    Array.isArray(records) &&
    records.every((record) => record.vaultId === profile.id)
  );
}

function isBase64Box(value: unknown): value is { base64: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === 1 &&
    typeof (value as { base64?: unknown }).base64 === 'string'
  );
}

function badFile(cause?: unknown): HavenError {
  return new HavenError('kiosk/bad-file', 'not a Havencode vault or re-enrolment file', { cause });
}

function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

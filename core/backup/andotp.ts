/**
 * andOTP backups: a JSON list of entries, or that list encrypted. The new
 * encrypted layout is iterations (4 bytes, big-endian) ‖ salt (12) ‖ IV (12) ‖
 * AES-256-GCM ciphertext and tag, the key PBKDF2-HMAC-SHA1 of the passphrase;
 * the old one is IV ‖ ciphertext under SHA-256 of the passphrase (as Aegis'
 * AndOtpImporter reads both).
 */
import { decodeUtf8, type Bytes } from '../vault/bytes.ts';
import { MAX_PBKDF2_ITERATIONS } from './caps.ts';
import { asObject, parseJson, requireArray, requireObject } from './encoding.ts';
import { buildAccount, collectEntries, describeEntry, pickText } from './entry.ts';
import { decryptAesGcm, derivePbkdf2, hashPassphrase, wrongPassphrase } from './foreign-crypto.ts';
import type { ImportedEntry, ReadEntries } from './types.ts';

const SALT_BYTES = 12;
const IV_BYTES = 12;
const HEADER_BYTES = 4 + SALT_BYTES + IV_BYTES;

/** True when a JSON list looks like andOTP's: objects with a secret, a type and a label. */
export function isAndotpList(list: unknown[]): boolean {
  return list.every((item) => {
    const entry = asObject(item);
    return typeof entry?.secret === 'string' && typeof entry.type === 'string' && 'label' in entry;
  });
}

/** Reads a plain andOTP list. */
export function readAndotpList(list: unknown[]): ReadEntries {
  return collectEntries(list, readAndotpEntry, nameAndotpEntry);
}

/**
 * Decrypts an andOTP backup, new layout first, then old; 'backup/wrong-password'
 * when neither opens (andOTP files carry no marker to tell them from other bytes).
 */
export async function readAndotpEncrypted(bytes: Bytes, passphrase: string): Promise<ReadEntries> {
  const failures: unknown[] = [];
  for (const open of [openNewLayout, openOldLayout]) {
    try {
      const plaintext = await open(bytes, passphrase);
      return readAndotpList(requireArray(parseJson(decodeUtf8(plaintext)), 'entries'));
    } catch (error) {
      failures.push(error);
    }
  }
  throw wrongPassphrase(failures[0]);
}

async function openNewLayout(bytes: Bytes, passphrase: string): Promise<Bytes> {
  const iterations = new DataView(bytes.buffer, bytes.byteOffset).getUint32(0);
  // An old-layout file starts with random IV bytes: a count past the cap means "not this layout".
  if (bytes.length <= HEADER_BYTES || iterations < 1 || iterations > MAX_PBKDF2_ITERATIONS) {
    throw wrongPassphrase();
  }
  const salt = bytes.subarray(4, 4 + SALT_BYTES);
  const key = await derivePbkdf2(passphrase, salt, iterations, 'SHA-1');
  return decryptAesGcm(
    key,
    bytes.subarray(4 + SALT_BYTES, HEADER_BYTES),
    bytes.subarray(HEADER_BYTES),
  );
}

async function openOldLayout(bytes: Bytes, passphrase: string): Promise<Bytes> {
  const key = await hashPassphrase(passphrase);
  return decryptAesGcm(key, bytes.subarray(0, IV_BYTES), bytes.subarray(IV_BYTES));
}

/** Reads one andOTP entry; an issuer missing from old files is cut from "Issuer - name" labels. */
export function readAndotpEntry(item: unknown, index: number): ImportedEntry {
  const entry = requireObject(item, `entry ${index + 1}`);
  const { issuer, account } = readNames(entry);
  return {
    account: buildAccount({
      type: entry.type,
      issuer,
      account,
      secret: entry.secret,
      algorithm: entry.algorithm,
      digits: entry.digits,
      period: entry.period,
      counter: entry.counter,
    }),
  };
}

/** "Issuer: label" of an andOTP entry, for the list of skipped entries. */
export function nameAndotpEntry(item: unknown, index: number): string {
  const entry = asObject(item);
  return describeEntry(entry?.issuer, entry?.label, `Entry ${index + 1}`);
}

function readNames(entry: Record<string, unknown>) {
  const label = pickText(entry.label);
  const issuer = pickText(entry.issuer);
  if (issuer !== undefined || label === undefined) return { issuer, account: label };
  const [first, ...rest] = label.split(' - ');
  return rest.length > 0
    ? { issuer: first, account: rest.join(' - ') }
    : { issuer, account: label };
}

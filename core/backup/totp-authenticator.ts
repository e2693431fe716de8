/**
 * TOTP Authenticator (BinaryBoxStudio) backups: base64 of AES-256-CBC with a
 * zero IV, the key SHA-256 of the passphrase. The plaintext is a JSON object
 * whose first key is a JSON list of JSON strings, one per entry: `key` (the
 * secret in base 16, 32 or 64), `name`, `issuer`. The app shows every entry as
 * SHA-1, 6 digits, 30 seconds (as Aegis' TotpAuthenticatorImporter reads it).
 */
import { HavenError } from '../errors.ts';
import { encodeBase32 } from '../uri/base32.ts';
import { decodeUtf8 } from '../vault/bytes.ts';
import {
  asObject,
  decodeBase64,
  decodeHex,
  parseJson,
  requireArray,
  requireObject,
} from './encoding.ts';
import { buildAccount, collectEntries, describeEntry } from './entry.ts';
import { decryptAesCbc, hashPassphrase } from './foreign-crypto.ts';
import type { ImportedEntry, ReadEntries } from './types.ts';

const BASE64_BLOB = /^[A-Za-z0-9+/]{32,}={0,2}$/;
const ZERO_IV = new Uint8Array(16);

/** True when a text is one base64 blob whose bytes fill whole AES blocks. */
export function isTotpAuthenticatorBackup(text: string): boolean {
  const blob = text.replace(/\s+/g, '');
  return (
    BASE64_BLOB.test(blob) &&
    blob.length % 4 === 0 &&
    ((blob.length / 4) * 3 - padding(blob)) % 16 === 0
  );
}

/** Decrypts and reads a TOTP Authenticator backup. */
export async function readTotpAuthenticatorBackup(
  text: string,
  passphrase: string,
): Promise<ReadEntries> {
  const ciphertext = decodeBase64(text.replace(/\s+/g, ''), 'backup');
  const plaintext = await decryptAesCbc(
    await hashPassphrase(passphrase.trim()),
    ZERO_IV,
    ciphertext,
  );
  const [listText] = Object.keys(requireObject(parseJson(decodeUtf8(plaintext)), 'backup'));
  if (listText === undefined) return { accounts: [], skipped: [] };
  // Entries are objects, or (in older versions) JSON strings of them.
  const entries = requireArray(parseJson(listText), 'entries').map((item) =>
    typeof item === 'string' ? parseJson(item) : item,
  );
  return collectEntries(entries, readTotpAuthenticatorEntry, (item, index) =>
    describeEntry(asObject(item)?.issuer, asObject(item)?.name, `Entry ${index + 1}`),
  );
}

function readTotpAuthenticatorEntry(item: unknown, index: number): ImportedEntry {
  const entry = requireObject(item, `entry ${index + 1}`);
  return {
    account: buildAccount({
      type: 'totp',
      issuer: entry.issuer,
      account: entry.name,
      secret: readKey(entry.key, entry.base, index),
      algorithm: undefined,
      digits: undefined,
      period: undefined,
      counter: undefined,
    }),
  };
}

function readKey(key: unknown, base: unknown, index: number): string {
  const field = `entry ${index + 1} key`;
  const number = typeof base === 'string' ? Number(base) : base;
  if (number === 32 && typeof key === 'string') return key;
  if (number === 16) return encodeBase32(decodeHex(key, field));
  if (number === 64) return encodeBase32(decodeBase64(key, field));
  throw new HavenError(
    'uri/invalid-secret',
    `The secret is in base ${String(base)}, not 16, 32 or 64.`,
  );
}

function padding(blob: string): number {
  return blob.endsWith('==') ? 2 : blob.endsWith('=') ? 1 : 0;
}

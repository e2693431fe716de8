/**
 * Stratum / Authenticator Pro backups: JSON with `Authenticators`, or that JSON
 * encrypted behind a 16-byte header. "AUTHENTICATORPRO": salt (16) ‖ IV (12) ‖
 * AES-256-GCM, key Argon2id (64 MiB, 3 passes, 4 lanes). "AuthenticatorPro"
 * (legacy): salt (20) ‖ IV (16) ‖ AES-256-CBC, key PBKDF2-HMAC-SHA1 (64 000).
 */
import { HavenError } from '../errors.ts';
import { decodeUtf8, type Bytes } from '../vault/bytes.ts';
import { asObject, parseJson, requireArray, requireObject } from './encoding.ts';
import { buildAccount, collectEntries, describeEntry } from './entry.ts';
import { decryptAesCbc, decryptAesGcm, deriveArgon2id, derivePbkdf2 } from './foreign-crypto.ts';
import type { ImportedEntry, ReadEntries } from './types.ts';

const HEADER = 'AUTHENTICATORPRO';
const HEADER_LEGACY = 'AuthenticatorPro';
const ARGON2 = { memoryKiB: 64 * 1024, iterations: 3, parallelism: 4 };
const LEGACY_ITERATIONS = 64_000;
// Stratum's numeric codes: Type 1 HOTP, 2 TOTP, 3 mOTP, 4 Steam, 5 Yandex; Algorithm 0–2.
const TYPES: Record<number, string> = { 1: 'hotp', 2: 'totp', 3: 'motp', 4: 'steam', 5: 'yandex' };
const ALGORITHMS: Record<number, string> = { 0: 'SHA1', 1: 'SHA256', 2: 'SHA512' };

/** True when `file` has the shape of a plain Stratum backup. */
export function isStratumBackup(file: Record<string, unknown>): boolean {
  return Array.isArray(file.Authenticators);
}

/** True when `bytes` start with either Stratum header. */
export function isStratumEncrypted(bytes: Uint8Array): boolean {
  const header = String.fromCharCode(...bytes.subarray(0, HEADER.length));
  return header === HEADER || header === HEADER_LEGACY;
}

/** Reads a plain Stratum backup. */
export function readStratumBackup(file: Record<string, unknown>): ReadEntries {
  return collectEntries(
    requireArray(file.Authenticators, 'Authenticators'),
    readStratumEntry,
    nameStratumEntry,
  );
}

/** Decrypts and reads an encrypted Stratum backup (either header). */
export async function readStratumEncrypted(bytes: Bytes, passphrase: string): Promise<ReadEntries> {
  const header = String.fromCharCode(...bytes.subarray(0, HEADER.length));
  const body = bytes.subarray(HEADER.length);
  const plaintext =
    header === HEADER
      ? await decryptAesGcm(
          await deriveArgon2id(passphrase, body.subarray(0, 16), ARGON2),
          body.subarray(16, 28),
          body.subarray(28),
        )
      : await decryptAesCbc(
          await derivePbkdf2(passphrase, body.subarray(0, 20), LEGACY_ITERATIONS, 'SHA-1'),
          body.subarray(20, 36),
          body.subarray(36),
        );
  return readStratumBackup(requireObject(parseJson(decodeUtf8(plaintext)), 'backup'));
}

/** Reads one Stratum authenticator. */
export function readStratumEntry(item: unknown, index: number): ImportedEntry {
  const entry = requireObject(item, `entry ${index + 1}`);
  return {
    account: buildAccount({
      type: typeof entry.Type === 'number' ? (TYPES[entry.Type] ?? String(entry.Type)) : entry.Type,
      issuer: entry.Issuer,
      account: entry.Username,
      secret: entry.Secret,
      algorithm: readAlgorithm(entry.Algorithm),
      digits: entry.Digits,
      period: entry.Period,
      counter: entry.Counter,
    }),
  };
}

/** "Issuer: user name" of a Stratum entry, for the list of skipped entries. */
export function nameStratumEntry(item: unknown, index: number): string {
  const entry = asObject(item);
  return describeEntry(entry?.Issuer, entry?.Username, `Entry ${index + 1}`);
}

function readAlgorithm(code: unknown): string | undefined {
  if (code === undefined || code === null) return undefined;
  const name = typeof code === 'number' ? ALGORITHMS[code] : undefined;
  if (name === undefined) {
    throw new HavenError(
      'uri/invalid-algorithm',
      `Unknown algorithm code ${JSON.stringify(code)}.`,
    );
  }
  return name;
}

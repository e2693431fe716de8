/**
 * What an import may cost, at most. A backup comes from outside: a crafted
 * file must not fill memory (a huge file, a zip bomb) or burn minutes of CPU
 * (many key slots, absurd KDF parameters) before the user sees an answer.
 * Every refusal is a typed error naming the limit. The numbers are in
 * notes-import-caps.md.
 */
import { HavenError } from '../errors.ts';

/** The largest file read as a backup: 16 MiB (a 10 000-account export is under 5 MiB). */
export const MAX_IMPORT_BYTES = 16 * 1024 * 1024;
/** The most bytes a zip may unpack to, all files together. */
export const MAX_UNZIPPED_BYTES = 32 * 1024 * 1024;
/** Password slots of one Aegis vault tried against a passphrase (Aegis writes one). */
export const MAX_PASSWORD_SLOTS = 4;
/** scrypt memory (128·N·r bytes): Aegis uses 32 MiB. */
export const MAX_SCRYPT_BYTES = 256 * 1024 * 1024;
/** scrypt's p: each lane is another full run. */
export const MAX_SCRYPT_PARALLELISM = 4;
/** Argon2id memory in KiB (256 MiB: Ente's "moderate", four times our own start). */
export const MAX_ARGON2_MEMORY_KIB = 256 * 1024;
/** Argon2id passes. */
export const MAX_ARGON2_ITERATIONS = 64;
/** Argon2id lanes. */
export const MAX_ARGON2_PARALLELISM = 16;
/** PBKDF2 iterations (andOTP writes about 150 000; Aegis refuses above 10 000 000). */
export const MAX_PBKDF2_ITERATIONS = 10_000_000;

/** Throws 'backup/too-large' when a file of `size` bytes is over MAX_IMPORT_BYTES. */
export function assertImportSize(size: number): void {
  if (size > MAX_IMPORT_BYTES) {
    throw new HavenError(
      'backup/too-large',
      `The file has ${formatMiB(size)}; Havencode reads backups up to ${formatMiB(MAX_IMPORT_BYTES)}.`,
    );
  }
}

/** Throws 'backup/too-costly' when `value` of `what` is over `max`. */
export function assertCost(what: string, value: number, max: number): void {
  if (!Number.isSafeInteger(value) || value < 1 || value > max) {
    throw new HavenError(
      'backup/too-costly',
      `The file asks for ${what} ${value}; Havencode allows at most ${max}.`,
    );
  }
}

function formatMiB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

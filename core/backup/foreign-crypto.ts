/**
 * The key derivations and ciphers other apps' backups use, on WebCrypto and
 * hash-wasm (never hand-written primitives), each behind the import caps. A
 * failed authentication or padding check is 'backup/wrong-password': for a
 * password-derived key, a wrong passphrase and a changed file look the same.
 */
import { argon2id } from 'hash-wasm';
import { HavenError } from '../errors.ts';
import { encodeUtf8, type Bytes } from '../vault/bytes.ts';
import {
  assertCost,
  MAX_ARGON2_ITERATIONS,
  MAX_ARGON2_MEMORY_KIB,
  MAX_ARGON2_PARALLELISM,
  MAX_PBKDF2_ITERATIONS,
} from './caps.ts';

/** The hash behind a PBKDF2, as WebCrypto names it. */
export type Pbkdf2Hash = 'SHA-1' | 'SHA-256' | 'SHA-512';

/** Argon2id cost as a foreign file states it. */
export interface Argon2Cost {
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}

/** PBKDF2-HMAC (RFC 8018 §5.2) of the UTF-8 passphrase; 'backup/too-costly' past the cap. */
export async function derivePbkdf2(
  passphrase: string,
  salt: Uint8Array,
  iterations: number,
  hash: Pbkdf2Hash,
  length = 32,
): Promise<Bytes> {
  assertCost('PBKDF2 iterations', iterations, MAX_PBKDF2_ITERATIONS);
  const base = await crypto.subtle.importKey('raw', encodeUtf8(passphrase), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', salt: new Uint8Array(salt), iterations, hash },
    base,
    length * 8,
  );
  return new Uint8Array(bits);
}

/** Argon2id (RFC 9106) of the UTF-8 passphrase; 'backup/too-costly' past the caps. */
export async function deriveArgon2id(
  passphrase: string,
  salt: Uint8Array,
  cost: Argon2Cost,
  length = 32,
): Promise<Bytes> {
  assertCost('Argon2id memory (KiB)', cost.memoryKiB, MAX_ARGON2_MEMORY_KIB);
  assertCost('Argon2id passes', cost.iterations, MAX_ARGON2_ITERATIONS);
  assertCost('Argon2id lanes', cost.parallelism, MAX_ARGON2_PARALLELISM);
  const hash = await argon2id({
    password: encodeUtf8(passphrase),
    salt,
    memorySize: cost.memoryKiB,
    iterations: cost.iterations,
    parallelism: cost.parallelism,
    hashLength: length,
    outputType: 'binary',
  });
  return new Uint8Array(hash);
}

/** SHA-256 of the UTF-8 passphrase: the (weak) key of old andOTP and TOTP Authenticator files. */
export async function hashPassphrase(passphrase: string): Promise<Bytes> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', encodeUtf8(passphrase)));
}

/** AES-GCM decryption of ciphertext with its tag appended; wrong key or changed bytes reject. */
export async function decryptAesGcm(
  key: Uint8Array,
  iv: Uint8Array,
  sealed: Uint8Array,
  aad: Uint8Array = new Uint8Array(),
): Promise<Bytes> {
  const cryptoKey = await crypto.subtle.importKey('raw', new Uint8Array(key), 'AES-GCM', false, [
    'decrypt',
  ]);
  return opened(
    crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: new Uint8Array(iv), additionalData: new Uint8Array(aad) },
      cryptoKey,
      new Uint8Array(sealed),
    ),
  );
}

/** AES-CBC decryption with PKCS#7 padding; a wrong key almost always fails the padding. */
export async function decryptAesCbc(
  key: Uint8Array,
  iv: Uint8Array,
  ciphertext: Uint8Array,
): Promise<Bytes> {
  const cryptoKey = await crypto.subtle.importKey('raw', new Uint8Array(key), 'AES-CBC', false, [
    'decrypt',
  ]);
  return opened(
    crypto.subtle.decrypt(
      { name: 'AES-CBC', iv: new Uint8Array(iv) },
      cryptoKey,
      new Uint8Array(ciphertext),
    ),
  );
}

/** The error for a passphrase that does not open a file. */
export function wrongPassphrase(cause?: unknown): HavenError {
  return new HavenError('backup/wrong-password', 'This passphrase does not open the backup.', {
    cause,
  });
}

async function opened(decryption: Promise<ArrayBuffer>): Promise<Bytes> {
  try {
    return new Uint8Array(await decryption);
  } catch (cause) {
    throw wrongPassphrase(cause);
  }
}

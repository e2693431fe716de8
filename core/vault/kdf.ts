/**
 * Key derivation: Argon2id (hash-wasm) for PINs and passphrases, PBKDF2-SHA256
 * where WebAssembly cannot run, HKDF-SHA256 for inputs that are already
 * high-entropy (a WebAuthn PRF output, a recovery code). The parameters travel
 * with what they protect, so they can be raised later without breaking old data.
 */
import { argon2id } from 'hash-wasm';
import { HavenError } from '../errors.ts';
import { copyBytes, encodeUtf8, type Bytes } from './bytes.ts';
import { KEY_BYTES } from './aead.ts';

/** Argon2id cost (RFC 9106): memory in KiB, passes, lanes. */
export interface Argon2idParams {
  algorithm: 'argon2id';
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}

/** PBKDF2-HMAC-SHA256 cost, the fallback without WebAssembly. */
export interface Pbkdf2Params {
  algorithm: 'pbkdf2-sha256';
  iterations: number;
}

/** The cost of a password-based key derivation, stored beside its salt. */
export type KdfParams = Argon2idParams | Pbkdf2Params;

/** OWASP's minimum for Argon2id: 19 MiB, 2 passes, 1 lane. */
export const ARGON2_FLOOR: Argon2idParams = {
  algorithm: 'argon2id',
  memoryKiB: 19 * 1024,
  iterations: 2,
  parallelism: 1,
};

/** Where calibration starts (DESIGN.md): 64 MiB, 3 passes, 1 lane. */
export const ARGON2_START: Argon2idParams = {
  algorithm: 'argon2id',
  memoryKiB: 64 * 1024,
  iterations: 3,
  parallelism: 1,
};

/** OWASP's PBKDF2-HMAC-SHA256 iteration count (2023). */
export const PBKDF2_PARAMS: Pbkdf2Params = { algorithm: 'pbkdf2-sha256', iterations: 600_000 };

/** Throws 'vault/weak-kdf' when `params` are below the floor for their algorithm. */
export function assertKdfStrength(params: KdfParams): void {
  const weak =
    params.algorithm === 'argon2id'
      ? params.memoryKiB < ARGON2_FLOOR.memoryKiB ||
        params.iterations < ARGON2_FLOOR.iterations ||
        params.parallelism < 1
      : params.iterations < PBKDF2_PARAMS.iterations;
  if (weak) {
    throw new HavenError(
      'vault/weak-kdf',
      `KDF parameters below the floor: ${JSON.stringify(params)}`,
    );
  }
}

/** Derives 32 key bytes from a PIN or passphrase with the given salt and cost. */
export async function derivePasswordKey(
  password: string,
  salt: Bytes,
  params: KdfParams,
): Promise<Bytes> {
  // NFC so the same passphrase typed on two keyboards gives the same key.
  const secret = encodeUtf8(password.normalize('NFC'));
  if (params.algorithm === 'argon2id') {
    const hash = await argon2id({
      password: secret,
      salt,
      memorySize: params.memoryKiB,
      iterations: params.iterations,
      parallelism: params.parallelism,
      hashLength: KEY_BYTES,
      outputType: 'binary',
    });
    return copyBytes(hash);
  }
  const base = await crypto.subtle.importKey('raw', secret, 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: params.iterations },
    base,
    KEY_BYTES * 8,
  );
  return new Uint8Array(bits);
}

/** HKDF-SHA256 (RFC 5869) of high-entropy input to 32 key bytes; `info` names the purpose. */
export async function deriveHkdfKey(input: Bytes, salt: Bytes, info: string): Promise<Bytes> {
  const base = await crypto.subtle.importKey('raw', input, 'HKDF', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt, info: encodeUtf8(info) },
    base,
    KEY_BYTES * 8,
  );
  return new Uint8Array(bits);
}

// The smallest valid module: magic "\0asm" and version 1.
const EMPTY_WASM_MODULE = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

/** True when this context may compile WebAssembly (a CSP without 'wasm-unsafe-eval' forbids it). */
export function canRunWasm(): boolean {
  if (typeof WebAssembly !== 'object') return false;
  try {
    new WebAssembly.Module(EMPTY_WASM_MODULE);
    return true;
  } catch (error) {
    if (error instanceof Error) return false;
    throw error;
  }
}

/**
 * AES-256-GCM sealing with WebCrypto: a fresh 96-bit IV per call and an AAD
 * that binds the ciphertext to where it is stored, so a blob copied to another
 * record or vault no longer opens. Shared by the vault and the backup format.
 */
import { HavenError } from '../errors.ts';
import { generateRandomBytes, type Bytes } from './bytes.ts';

/** Length of an AES-256 key in bytes. */
export const KEY_BYTES = 32;
/** GCM's recommended IV length (NIST SP 800-38D, 8.2.1). */
export const IV_BYTES = 12;

/** One sealed blob: the IV travels with the ciphertext, the tag is inside it. */
export interface Sealed {
  iv: Bytes;
  ciphertext: Bytes;
}

/** A new random 256-bit key, as raw bytes. */
export function generateKeyBytes(): Bytes {
  return generateRandomBytes(KEY_BYTES);
}

/** Imports raw key bytes as a non-extractable AES-GCM key. */
export async function importAeadKey(raw: Bytes): Promise<CryptoKey> {
  if (raw.length !== KEY_BYTES) {
    throw new HavenError(
      'vault/corrupt',
      `an AES-256 key has ${KEY_BYTES} bytes, got ${raw.length}`,
    );
  }
  return crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}

/** Encrypts `plaintext` under `key` with a fresh IV, authenticating `aad` too. */
export async function sealBytes(key: CryptoKey, plaintext: Bytes, aad: Bytes): Promise<Sealed> {
  const iv = generateRandomBytes(IV_BYTES);
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: aad },
    key,
    plaintext,
  );
  return { iv, ciphertext: new Uint8Array(ciphertext) };
}

/** Decrypts a sealed blob; a wrong key, AAD or any changed byte gives 'vault/corrupt'. */
export async function openBytes(key: CryptoKey, sealed: Sealed, aad: Bytes): Promise<Bytes> {
  try {
    const plaintext = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: sealed.iv, additionalData: aad },
      key,
      sealed.ciphertext,
    );
    return new Uint8Array(plaintext);
  } catch (cause) {
    throw new HavenError('vault/corrupt', 'sealed data failed authentication', { cause });
  }
}

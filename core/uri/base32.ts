import { Secret } from 'otpauth';
import { HavenError } from '../errors.ts';

// RFC 4648 §6 alphabet. Checked before otpauth decodes, so its TypeError (which
// quotes the offending character of the secret) never happens.
const BASE32 = /^[A-Z2-7]*$/;

/**
 * Upper-cases a base32 secret and drops the spaces and trailing '=' padding
 * that issuers add for readability. Does not check the alphabet.
 */
export function normalizeBase32(text: string): string {
  return text.replace(/\s+/g, '').replace(/=+$/, '').toUpperCase();
}

/** Decodes a base32 secret (RFC 4648 §6, case and padding tolerated) to its key bytes. */
export function decodeBase32(text: string): Uint8Array {
  const normalized = normalizeBase32(text);
  if (!BASE32.test(normalized)) {
    throw new HavenError(
      'uri/invalid-secret',
      'The secret is not base32 (letters A-Z, digits 2-7).',
    );
  }
  const bytes = Secret.fromBase32(normalized).bytes;
  if (bytes.length === 0) {
    throw new HavenError('uri/invalid-secret', 'The secret is too short to hold a key.');
  }
  return bytes;
}

/** Encodes key bytes as upper-case base32 without padding. */
export function encodeBase32(bytes: Uint8Array): string {
  return new Secret({ buffer: bytes.slice().buffer }).base32;
}

/**
 * The canonical form of a base32 secret: upper-case, unpadded, and with the
 * unused bits of a ragged last character cleared, so one key has one spelling.
 */
export function canonicalizeSecret(text: string): string {
  return encodeBase32(decodeBase32(text));
}

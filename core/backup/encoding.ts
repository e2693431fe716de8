/**
 * Strict decoding of the text fields of backup files. Anything malformed is
 * 'backup/corrupt', with the platform's own error kept as the cause.
 */
import { HavenError } from '../errors.ts';
import type { Bytes } from '../vault/bytes.ts';

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const HEX = /^(?:[0-9a-fA-F]{2})*$/;

/** Standard padded base64 (RFC 4648 §4) of `bytes`. */
export function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Decodes padded base64; 'backup/corrupt' naming `field` when it is not. */
export function decodeBase64(text: unknown, field: string): Bytes {
  // Aegis and some JSON writers escape '/' as '\/'; JSON.parse has already undone that.
  if (typeof text !== 'string' || !BASE64.test(text)) throw corrupt(`${field} is not base64`);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Decodes a hex string of exactly `length` bytes (any length when omitted). */
export function decodeHex(text: unknown, field: string, length?: number): Bytes {
  if (typeof text !== 'string' || !HEX.test(text)) throw corrupt(`${field} is not hex`);
  const bytes = new Uint8Array(text.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(text.slice(2 * i, 2 * i + 2), 16);
  if (length !== undefined && bytes.length !== length) {
    throw corrupt(`${field} has ${bytes.length} bytes, expected ${length}`);
  }
  return bytes;
}

/** Concatenates byte arrays (ciphertext and a detached GCM tag). */
export function concatBytes(...parts: Uint8Array[]): Bytes {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** A plain JSON object (not an array, not null), or undefined. */
export function asObject(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** `value` as an object; 'backup/corrupt' naming `field` otherwise. */
export function requireObject(value: unknown, field: string): Record<string, unknown> {
  const object = asObject(value);
  if (object === undefined) throw corrupt(`${field} is not an object`);
  return object;
}

/** `value` as an array; 'backup/corrupt' naming `field` otherwise. */
export function requireArray(value: unknown, field: string): unknown[] {
  if (!Array.isArray(value)) throw corrupt(`${field} is not a list`);
  return value;
}

/** A whole number within [min, max]; 'backup/corrupt' naming `field` otherwise. */
export function requireInteger(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw corrupt(`${field} is not a whole number from ${min} to ${max}`);
  }
  return value;
}

/** The 'backup/corrupt' error the UI shows as "this file is damaged". */
export function corrupt(detail: string, cause?: unknown): HavenError {
  const message = `The backup file is damaged or incomplete: ${detail}.`;
  return cause === undefined
    ? new HavenError('backup/corrupt', message)
    : new HavenError('backup/corrupt', message, { cause });
}

/** JSON.parse with 'backup/corrupt' (the SyntaxError as cause) for text that is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw corrupt('it is not complete JSON', cause);
  }
}

/**
 * FreeOTP's token object, shared by FreeOTP+ exports and FreeOTP 2 backups:
 * `algo`, `digits`, `period`, `counter`, `issuerExt`, `label`, `type`, and the
 * secret as a list of signed bytes (Java's byte[]).
 */
import { encodeBase32 } from '../uri/base32.ts';
import { corrupt, asObject } from './encoding.ts';
import { buildAccount, describeEntry } from './entry.ts';
import type { ImportedEntry } from './types.ts';

/** Reads a FreeOTP token with its secret bytes; a TOTP token of issuer "Steam" is Steam's. */
export function readFreeotpToken(
  token: Record<string, unknown>,
  secret: Uint8Array,
): ImportedEntry {
  const isSteam = token.issuerExt === 'Steam' && String(token.type).toLowerCase() === 'totp';
  return {
    account: buildAccount({
      type: isSteam ? 'steam' : token.type,
      issuer: token.issuerExt,
      account: token.label,
      secret: encodeBase32(secret),
      algorithm: token.algo,
      digits: token.digits,
      period: token.period,
      counter: token.counter,
    }),
  };
}

/** "Issuer: label" of a FreeOTP token, for the list of skipped entries. */
export function nameFreeotpToken(item: unknown, index: number): string {
  const token = asObject(item);
  return describeEntry(token?.issuerExt, token?.label, `Token ${index + 1}`);
}

/** Java's byte[] as JSON (numbers from -128 to 127) to bytes. */
export function readJavaBytes(value: unknown, field: string): Uint8Array {
  if (!Array.isArray(value) || !value.every(isJavaByte))
    throw corrupt(`${field} is not a byte list`);
  return Uint8Array.from(value, (byte) => byte & 0xff);
}

function isJavaByte(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= -128 && (value as number) <= 255;
}

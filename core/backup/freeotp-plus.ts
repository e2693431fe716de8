/** FreeOTP+ JSON exports: `tokens` (FreeOTP's token objects) and `tokenOrder`. */
import { requireArray, requireObject } from './encoding.ts';
import { collectEntries } from './entry.ts';
import { nameFreeotpToken, readFreeotpToken, readJavaBytes } from './freeotp-token.ts';
import type { ReadEntries } from './types.ts';

/** True when `file` has the shape of a FreeOTP+ export. */
export function isFreeotpPlusExport(file: Record<string, unknown>): boolean {
  return Array.isArray(file.tokens) && Array.isArray(file.tokenOrder);
}

/** Reads a FreeOTP+ export. */
export function readFreeotpPlusExport(file: Record<string, unknown>): ReadEntries {
  return collectEntries(
    requireArray(file.tokens, 'tokens'),
    (item, index) => {
      const token = requireObject(item, `token ${index + 1}`);
      return readFreeotpToken(token, readJavaBytes(token.secret, `token ${index + 1} secret`));
    },
    nameFreeotpToken,
  );
}

/**
 * Authenticator extension (authenticator.cc) JSON backups: an object of
 * entries keyed by hash, each with `account`, `issuer`, `secret`, `type`
 * (totp, hotp, hex and hhex for hexadecimal secrets, battle, steam), `period`,
 * `digits`, `algorithm`, `counter` and its place in the list, `index`.
 * Entries the extension encrypted itself cannot be read here and are named as skipped.
 */
import { HavenError } from '../errors.ts';
import { encodeBase32 } from '../uri/base32.ts';
import { asObject, decodeHex } from './encoding.ts';
import { buildAccount, collectEntries, describeEntry } from './entry.ts';
import type { ImportedEntry, ReadEntries } from './types.ts';

const KEY_ENTRY = 'key';
const HEX_TYPES: Record<string, string> = { hex: 'totp', hhex: 'hotp' };

/** True when every value of `file` (but its `key`) is an extension entry with a secret and a hash. */
export function isAuthenticatorExtensionBackup(file: Record<string, unknown>): boolean {
  const entries = Object.entries(file).filter(([hash]) => hash !== KEY_ENTRY);
  return (
    entries.length > 0 &&
    entries.every(
      ([, value]) =>
        typeof asObject(value)?.secret === 'string' && 'encrypted' in (asObject(value) ?? {}),
    )
  );
}

/** Reads an extension backup in the order the extension shows it. */
export function readAuthenticatorExtensionBackup(file: Record<string, unknown>): ReadEntries {
  const entries = Object.entries(file)
    .filter(([hash]) => hash !== KEY_ENTRY)
    .map(([, value]) => asObject(value) ?? {})
    .sort((a, b) => Number(a.index ?? 0) - Number(b.index ?? 0));
  return collectEntries(entries, readExtensionEntry, (entry, index) =>
    describeEntry(entry.issuer, entry.account, `Entry ${index + 1}`),
  );
}

function readExtensionEntry(entry: Record<string, unknown>, index: number): ImportedEntry {
  if (entry.encrypted === true) {
    throw new HavenError(
      'backup/unsupported',
      'The extension encrypted this entry: export again from Authenticator without a password.',
    );
  }
  const type = typeof entry.type === 'string' ? entry.type : 'totp';
  const hexType = HEX_TYPES[type];
  return {
    account: buildAccount({
      type: type === 'battle' ? 'Battle.net' : (hexType ?? type),
      issuer: entry.issuer,
      account: entry.account,
      secret:
        hexType === undefined
          ? entry.secret
          : encodeBase32(decodeHex(entry.secret, `entry ${index + 1} secret`)),
      algorithm: entry.algorithm,
      digits: entry.digits,
      period: entry.period,
      counter: entry.counter,
    }),
  };
}

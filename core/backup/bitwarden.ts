/**
 * Bitwarden password-manager exports, JSON (`items[].login.totp`) and CSV
 * (`login_totp` column): the TOTP field is an otpauth:// URI, a steam:// secret
 * or a bare secret; items without one are not accounts. Encrypted JSON
 * exports are refused with a word on how to export them plainly.
 */
import { HavenError } from '../errors.ts';
import { asObject, requireArray } from './encoding.ts';
import { collectEntries, describeEntry, pickText } from './entry.ts';
import { readCsvHeader, readCsvRecords } from './csv.ts';
import { readTotpField } from './totp-field.ts';
import type { ReadEntries } from './types.ts';

interface BitwardenTotp {
  totp: unknown;
  title: string | undefined;
  username: string | undefined;
}

/** True when `file` has the shape of a Bitwarden JSON export. */
export function isBitwardenJson(file: Record<string, unknown>): boolean {
  return typeof file.encrypted === 'boolean' && (Array.isArray(file.items) || 'data' in file);
}

/** True when a text's first line is a Bitwarden CSV header. */
export function isBitwardenCsv(text: string): boolean {
  const header = readCsvHeader(text);
  return header.includes('login_totp') && header.includes('name');
}

/** Reads the TOTP items of a Bitwarden JSON export. */
export function readBitwardenJson(file: Record<string, unknown>): ReadEntries {
  if (file.encrypted === true) {
    throw new HavenError(
      'backup/unsupported',
      'This Bitwarden export is encrypted: export it again from Bitwarden as unencrypted JSON or CSV.',
    );
  }
  const items = requireArray(file.items, 'items').map((item) => {
    const login = asObject(asObject(item)?.login);
    return {
      totp: login?.totp,
      title: pickText(asObject(item)?.name),
      username: pickText(login?.username),
    };
  });
  return readTotps(items);
}

/** Reads the TOTP rows of a Bitwarden CSV export. */
export function readBitwardenCsv(text: string): ReadEntries {
  const rows = readCsvRecords(text).map((row) => ({
    totp: row.login_totp,
    title: pickText(row.name),
    username: pickText(row.login_username),
  }));
  return readTotps(rows);
}

function readTotps(items: BitwardenTotp[]): ReadEntries {
  return collectEntries(
    items.filter((item) => typeof item.totp === 'string' && item.totp.trim() !== ''),
    (item) => ({
      account: readTotpField(item.totp, { issuer: item.title, account: item.username }),
    }),
    (item, index) => describeEntry(item.title, item.username, `Item ${index + 1}`),
  );
}

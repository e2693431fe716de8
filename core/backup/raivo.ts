/**
 * Raivo OTP exports: a password ZIP holding raivo-otp-export.json, a list in
 * which every value is a string, numbers included ("timer": "30", "digits": "6").
 */
import { asObject, parseJson, requireArray, requireObject } from './encoding.ts';
import { buildAccount, collectEntries, describeEntry } from './entry.ts';
import type { ImportedEntry, ReadEntries } from './types.ts';
import { readZipText, type ZipFiles } from './zip.ts';

const EXPORT_FILE = 'raivo-otp-export.json';

const WHOLE_NUMBER = /^[0-9]{1,15}$/;

/** True when a JSON list looks like Raivo's: objects with `kind`, `secret` and `timer`. */
export function isRaivoList(list: unknown[]): boolean {
  return list.every((item) => {
    const entry = asObject(item);
    return typeof entry?.kind === 'string' && typeof entry.secret === 'string' && 'timer' in entry;
  });
}

/** True when a ZIP's file names are those of a Raivo export. */
export function isRaivoZip(names: readonly string[]): boolean {
  return names.includes(EXPORT_FILE);
}

/** Opens Raivo's ZIP with the passphrase and reads its list. */
export async function readRaivoZip(zip: ZipFiles, passphrase: string): Promise<ReadEntries> {
  return readRaivoList(
    requireArray(parseJson(await readZipText(zip, EXPORT_FILE, passphrase)), 'entries'),
  );
}

/** Reads a Raivo list. */
export function readRaivoList(list: unknown[]): ReadEntries {
  return collectEntries(list, readRaivoEntry, nameRaivoEntry);
}

function readRaivoEntry(item: unknown, index: number): ImportedEntry {
  const entry = requireObject(item, `entry ${index + 1}`);
  return {
    account: buildAccount({
      type: entry.kind,
      issuer: entry.issuer,
      account: entry.account,
      secret: entry.secret,
      algorithm: entry.algorithm,
      digits: readNumber(entry.digits),
      period: readNumber(entry.timer),
      counter: readNumber(entry.counter),
    }),
  };
}

function nameRaivoEntry(item: unknown, index: number): string {
  const entry = asObject(item);
  return describeEntry(entry?.issuer, entry?.account, `Entry ${index + 1}`);
}

// "30" → 30; anything else is passed on for buildAccount to refuse by name.
function readNumber(value: unknown): unknown {
  return typeof value === 'string' && WHOLE_NUMBER.test(value) ? Number(value) : value;
}

/**
 * Which kind of backup a text is, decided from its shape alone (nothing is
 * decrypted): JSON files by their fields, anything else by its URI lines.
 */
import { HavenError } from '../errors.ts';
import { isAegisEncrypted } from './aegis.ts';
import { asObject, corrupt, parseJson } from './encoding.ts';
import { HAVENCODE_FORMAT } from './havencode-backup.ts';
import { isTwofasBackup } from './twofas.ts';
import type { BackupFormat } from './types.ts';
import { isAccountUriLine, isMigrationLine, readLines } from './uri-lines.ts';

/** A backup read as far as its format: the parsed JSON object when it is one. */
export interface ClassifiedBackup {
  format: BackupFormat;
  file: Record<string, unknown>;
}

/**
 * Tells the format of a backup file's text. 'backup/corrupt' for JSON that is
 * cut off or malformed, 'backup/unsupported' for anything that is none of the formats.
 */
export function detectBackupFormat(text: string): BackupFormat {
  return classifyBackup(text).format;
}

/** True when the backup is encrypted, so the UI asks for its passphrase before importBackup. */
export function backupNeedsPassphrase(text: string): boolean {
  const { format } = classifyBackup(text);
  return format === 'havencode' || format === 'aegis-encrypted';
}

/** detectBackupFormat, keeping the parsed JSON for the reader of that format. */
export function classifyBackup(text: string): ClassifiedBackup {
  // A byte-order mark is what Windows editors put before JSON saved as "UTF-8".
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const file = asObject(parseJson(trimmed));
    if (file === undefined) throw corrupt('the JSON is not an object');
    return { format: classifyJson(file), file };
  }
  const lines = readLines(trimmed).map((line) => line.text);
  if (lines.some(isAccountUriLine)) {
    return {
      format: lines.every(isMigrationLine) ? 'google-migration' : 'otpauth-lines',
      file: {},
    };
  }
  throw unsupported();
}

function classifyJson(file: Record<string, unknown>): BackupFormat {
  if (file.format === HAVENCODE_FORMAT) return 'havencode';
  if (typeof file.version === 'number' && 'header' in file && 'db' in file) {
    return isAegisEncrypted(file) ? 'aegis-encrypted' : 'aegis-plain';
  }
  if (isTwofasBackup(file)) return '2fas';
  throw unsupported();
}

function unsupported(): HavenError {
  return new HavenError(
    'backup/unsupported',
    'This file is not a backup Havencode reads: a Havencode backup, an Aegis or 2FAS export, ' +
      'a Google Authenticator export or otpauth:// lines.',
  );
}

/**
 * Which kind of backup a file is, decided from its shape alone (nothing is
 * decrypted): binary files by their first bytes, JSON by its fields, CSV by
 * its header, anything else by its URI lines.
 */
import { HavenError } from '../errors.ts';
import { copyBytes, decodeUtf8, encodeUtf8, type Bytes } from '../vault/bytes.ts';
import { isAegisEncrypted } from './aegis.ts';
import { isAndotpList } from './andotp.ts';
import { isAuthenticatorExtensionBackup } from './authenticator-extension.ts';
import { isAuthenticatorPlusZip } from './authenticator-plus.ts';
import { isBitwardenCsv, isBitwardenJson } from './bitwarden.ts';
import { assertImportSize } from './caps.ts';
import { asObject, parseJson } from './encoding.ts';
import { isEnteEncrypted } from './ente.ts';
import { isFreeotpPlusExport } from './freeotp-plus.ts';
import { HAVENCODE_FORMAT } from './havencode-backup.ts';
import { isJavaSerialized } from './java-hashmap.ts';
import { isLastpassExport } from './lastpass.ts';
import { isProtonAuthenticatorExport } from './proton-authenticator.ts';
import { isProtonPassZip } from './proton-pass.ts';
import { isRaivoList, isRaivoZip } from './raivo.ts';
import { isStratumBackup, isStratumEncrypted } from './stratum.ts';
import { isTotpAuthenticatorBackup } from './totp-authenticator.ts';
import { isTwofasBackup, isTwofasEncrypted } from './twofas.ts';
import type { BackupFormat, BackupInput } from './types.ts';
import { isAccountUri, isMigrationUri } from '../uri/scheme.ts';
import { readLines } from './uri-lines.ts';
import { isZip, openZip, type ZipFiles } from './zip.ts';

/** A backup read as far as its format, with what its reader needs. */
export interface ClassifiedBackup {
  format: BackupFormat;
  bytes: Bytes;
  /** The text, byte-order mark dropped; '' for a binary file. */
  text: string;
  /** The parsed JSON: an object, a list, or undefined when the file is not JSON. */
  json: unknown;
  /** The directory of a ZIP file. */
  zip: ZipFiles | undefined;
}

/** The formats whose accounts only a passphrase opens. */
export const ENCRYPTED_FORMATS: ReadonlySet<BackupFormat> = new Set<BackupFormat>([
  'havencode',
  'aegis-encrypted',
  '2fas-encrypted',
  'andotp-encrypted',
  'authenticator-plus',
  'ente-encrypted',
  'freeotp2',
  'raivo-zip',
  'stratum-encrypted',
  'totp-authenticator',
]);

// Binary files that are surely no andOTP backup: PNG, JPEG, GIF, PDF.
const OTHER_BINARY_MAGIC = [
  [0x89, 0x50, 0x4e, 0x47],
  [0xff, 0xd8, 0xff],
  [0x47, 0x49, 0x46, 0x38],
  [0x25, 0x50, 0x44, 0x46],
];

/**
 * Tells the format of a backup file. 'backup/too-large' past the size cap,
 * 'backup/corrupt' for JSON that is cut off or malformed, 'backup/unsupported'
 * for anything that is none of the formats.
 */
export async function detectBackupFormat(input: BackupInput): Promise<BackupFormat> {
  return (await classifyBackup(input)).format;
}

/** True when the backup is encrypted, so the UI asks for its passphrase before importBackup. */
export async function backupNeedsPassphrase(input: BackupInput): Promise<boolean> {
  return ENCRYPTED_FORMATS.has(await detectBackupFormat(input));
}

/** detectBackupFormat, keeping the parsed file for the reader of that format. */
export async function classifyBackup(input: BackupInput): Promise<ClassifiedBackup> {
  const bytes = typeof input === 'string' ? encodeUtf8(input) : copyBytes(input);
  assertImportSize(bytes.length);
  const binary = { bytes, text: '', json: undefined, zip: undefined };
  if (isZip(bytes)) return classifyZip(bytes);
  if (isStratumEncrypted(bytes)) return { ...binary, format: 'stratum-encrypted' };
  if (isJavaSerialized(bytes)) return { ...binary, format: 'freeotp2' };
  const text = readText(bytes);
  if (text === undefined) {
    if (OTHER_BINARY_MAGIC.some((magic) => magic.every((byte, i) => bytes[i] === byte)))
      throw unsupported();
    // andOTP's encrypted files are the one format without any marker.
    return { ...binary, format: 'andotp-encrypted' };
  }
  const trimmed = text.trim();
  if (trimmed === '') throw new HavenError('backup/unsupported', 'The file is empty.');
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const json = parseJson(trimmed);
    return { ...binary, text, json, format: classifyJson(json) };
  }
  return { ...binary, text, format: classifyText(trimmed) };
}

async function classifyZip(bytes: Bytes): Promise<ClassifiedBackup> {
  const zip = await openZip(bytes);
  const format: BackupFormat | undefined = isProtonPassZip(zip.names)
    ? 'proton-pass'
    : isAuthenticatorPlusZip(zip.names)
      ? 'authenticator-plus'
      : isRaivoZip(zip.names)
        ? 'raivo-zip'
        : undefined;
  if (format === undefined) throw unsupported();
  return { format, bytes, text: '', json: undefined, zip };
}

function classifyJson(json: unknown): BackupFormat {
  if (Array.isArray(json)) {
    if (json.length > 0 && isRaivoList(json)) return 'raivo';
    if (json.length > 0 && isAndotpList(json)) return 'andotp';
    throw unsupported('This JSON list is not a kind of export Havencode reads (andOTP, Raivo).');
  }
  const file = asObject(json) ?? {};
  const tests: [BackupFormat, (file: Record<string, unknown>) => boolean][] = [
    ['havencode', (f) => f.format === HAVENCODE_FORMAT],
    ['aegis-encrypted', (f) => isAegisFile(f) && isAegisEncrypted(f)],
    ['aegis-plain', isAegisFile],
    ['2fas-encrypted', (f) => isTwofasBackup(f) && isTwofasEncrypted(f)],
    ['2fas', isTwofasBackup],
    ['ente-encrypted', isEnteEncrypted],
    ['bitwarden-json', isBitwardenJson],
    ['lastpass', isLastpassExport],
    ['freeotp-plus', isFreeotpPlusExport],
    ['stratum', isStratumBackup],
    ['proton-authenticator', isProtonAuthenticatorExport],
    ['authenticator-extension', isAuthenticatorExtensionBackup],
  ];
  const match = tests.find(([, test]) => test(file));
  if (match === undefined) throw unsupported();
  return match[0];
}

function classifyText(trimmed: string): BackupFormat {
  if (isBitwardenCsv(trimmed)) return 'bitwarden-csv';
  const lines = readLines(trimmed).map((line) => line.text);
  if (lines.some(isAccountUri)) {
    return lines.every(isMigrationUri) ? 'google-migration' : 'otpauth-lines';
  }
  if (isTotpAuthenticatorBackup(trimmed)) return 'totp-authenticator';
  throw unsupported();
}

function isAegisFile(file: Record<string, unknown>): boolean {
  return typeof file.version === 'number' && 'header' in file && 'db' in file;
}

// A byte-order mark is what Windows editors put before JSON saved as "UTF-8".
function readText(bytes: Bytes): string | undefined {
  try {
    return decodeUtf8(bytes).replace(/^\uFEFF/, '');
  } catch (cause) {
    if (cause instanceof TypeError) return undefined;
    throw cause;
  }
}

function unsupported(detail?: string): HavenError {
  return new HavenError(
    'backup/unsupported',
    detail ??
      'This file is not a backup Havencode reads: Havencode, Aegis, 2FAS, Ente, andOTP, Bitwarden, ' +
        'FreeOTP, LastPass, Raivo, Proton, Stratum, TOTP Authenticator, Authenticator Plus, ' +
        'the Authenticator extension, a Google Authenticator export or otpauth:// lines.',
  );
}

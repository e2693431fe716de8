/**
 * Reading a whole backup into accounts, pure and all at once: decrypt and check
 * everything first, so the caller hands the result to VaultSession.addAccounts
 * in one transaction, and a damaged file or wrong passphrase leaves the vault as it was.
 */
import { HavenError } from '../errors.ts';
import { nameAegisEntry, readAegisEncrypted, readAegisEntry, readAegisPlain } from './aegis.ts';
import { readAndotpEncrypted, readAndotpList } from './andotp.ts';
import { readAuthenticatorExtensionBackup } from './authenticator-extension.ts';
import { readAuthenticatorPlusZip } from './authenticator-plus.ts';
import { readBitwardenCsv, readBitwardenJson } from './bitwarden.ts';
import { classifyBackup, ENCRYPTED_FORMATS, type ClassifiedBackup } from './detect-format.ts';
import { asObject, corrupt } from './encoding.ts';
import { readEnteEncrypted } from './ente.ts';
import { collectEntries } from './entry.ts';
import { readFreeotpPlusExport } from './freeotp-plus.ts';
import { readFreeotp2Backup } from './freeotp2.ts';
import { openHavencodeBackup } from './havencode-backup.ts';
import { nameHavencodeEntry, readHavencodeEntry } from './havencode-payload.ts';
import { readLastpassExport } from './lastpass.ts';
import { readProtonAuthenticatorExport } from './proton-authenticator.ts';
import { readProtonPassZip } from './proton-pass.ts';
import { readRaivoList, readRaivoZip } from './raivo.ts';
import { readStratumBackup, readStratumEncrypted } from './stratum.ts';
import { readTotpAuthenticatorBackup } from './totp-authenticator.ts';
import { readTwofasBackup, readTwofasEncrypted } from './twofas.ts';
import type { BackupFormat, BackupInput, ImportedAccounts, ReadEntries } from './types.ts';
import { readUriLines } from './uri-lines.ts';

type Reader = (backup: ClassifiedBackup, passphrase: string) => ReadEntries | Promise<ReadEntries>;

// One reader a format; `passphrase` is '' for the formats that need none.
const READERS: Record<BackupFormat, Reader> = {
  havencode: async (b, p) => {
    const entries = await openHavencodeBackup(object(b), p);
    return collectEntries(entries, readHavencodeEntry, nameHavencodeEntry);
  },
  'aegis-plain': (b) => collectEntries(readAegisPlain(object(b)), readAegisEntry, nameAegisEntry),
  'aegis-encrypted': async (b, p) =>
    collectEntries(await readAegisEncrypted(object(b), p), readAegisEntry, nameAegisEntry),
  '2fas': (b) => readTwofasBackup(object(b)),
  '2fas-encrypted': (b, p) => readTwofasEncrypted(object(b), p),
  andotp: (b) => readAndotpList(list(b)),
  'andotp-encrypted': (b, p) => readAndotpEncrypted(b.bytes, p),
  'authenticator-extension': (b) => readAuthenticatorExtensionBackup(object(b)),
  'authenticator-plus': (b, p) => readAuthenticatorPlusZip(zip(b), p),
  'bitwarden-json': (b) => readBitwardenJson(object(b)),
  'bitwarden-csv': (b) => readBitwardenCsv(b.text),
  'ente-encrypted': (b, p) => readEnteEncrypted(object(b), p),
  freeotp2: (b, p) => readFreeotp2Backup(b.bytes, p),
  'freeotp-plus': (b) => readFreeotpPlusExport(object(b)),
  lastpass: (b) => readLastpassExport(object(b)),
  'proton-authenticator': (b) => readProtonAuthenticatorExport(object(b)),
  'proton-pass': (b) => readProtonPassZip(zip(b)),
  raivo: (b) => readRaivoList(list(b)),
  'raivo-zip': (b, p) => readRaivoZip(zip(b), p),
  stratum: (b) => readStratumBackup(object(b)),
  'stratum-encrypted': (b, p) => readStratumEncrypted(b.bytes, p),
  'totp-authenticator': (b, p) => readTotpAuthenticatorBackup(b.text, p),
  'otpauth-lines': (b) => readUriLines(b.text),
  'google-migration': (b) => readUriLines(b.text),
};

/**
 * Reads a backup of any supported format, as text or bytes. Unsupported
 * entries (Steam, Yandex…) are listed in `skipped`; an encrypted file without
 * `passphrase` gives 'backup/passphrase-required', with a wrong one
 * 'backup/wrong-password', a damaged one 'backup/corrupt', an unknown one
 * 'backup/unsupported', one over the caps 'backup/too-large' or
 * 'backup/too-costly'. Accounts come in file order, duplicates included
 * (see findDuplicates in core/vault/records.ts).
 */
export async function importBackup(
  input: BackupInput,
  passphrase?: string,
): Promise<ImportedAccounts> {
  const backup = await classifyBackup(input);
  const encrypted = ENCRYPTED_FORMATS.has(backup.format);
  if (encrypted && (passphrase === undefined || passphrase === '')) {
    throw new HavenError(
      'backup/passphrase-required',
      'This backup is encrypted: enter its passphrase.',
    );
  }
  const entries = await READERS[backup.format](backup, encrypted ? (passphrase ?? '') : '');
  return { format: backup.format, ...entries };
}

function object(backup: ClassifiedBackup): Record<string, unknown> {
  const file = asObject(backup.json);
  if (file === undefined) throw corrupt('the JSON is not an object');
  return file;
}

function list(backup: ClassifiedBackup): unknown[] {
  if (!Array.isArray(backup.json)) throw corrupt('the JSON is not a list');
  return backup.json;
}

function zip(backup: ClassifiedBackup) {
  if (backup.zip === undefined) throw corrupt('the file is not a ZIP');
  return backup.zip;
}

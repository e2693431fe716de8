/**
 * Reading a whole backup into accounts, pure and all at once: decrypt and check
 * everything first, so the caller hands the result to VaultSession.addAccounts
 * in one transaction, and a damaged file or wrong passphrase leaves the vault as it was.
 */
import { HavenError } from '../errors.ts';
import { nameAegisEntry, readAegisEncrypted, readAegisEntry, readAegisPlain } from './aegis.ts';
import { classifyBackup } from './detect-format.ts';
import { collectEntries } from './entry.ts';
import { openHavencodeBackup } from './havencode-backup.ts';
import { nameHavencodeEntry, readHavencodeEntry } from './havencode-payload.ts';
import { nameTwofasService, readTwofasService, readTwofasServices } from './twofas.ts';
import type { ImportedAccounts } from './types.ts';
import { readUriLines } from './uri-lines.ts';

/**
 * Reads a backup of any supported format. Unsupported entries (Steam, Yandex…)
 * are listed in `skipped`; an encrypted file without `passphrase` or with a
 * wrong one gives 'backup/wrong-password', a damaged one 'backup/corrupt', an
 * unknown one 'backup/unsupported'. Accounts come in file order, duplicates included
 * (see findDuplicates in core/vault/records.ts).
 */
export async function importBackup(text: string, passphrase?: string): Promise<ImportedAccounts> {
  const { format, file } = classifyBackup(text);
  switch (format) {
    case 'otpauth-lines':
    case 'google-migration':
      return { format, ...readUriLines(text) };
    case 'aegis-plain':
      return { format, ...collectEntries(readAegisPlain(file), readAegisEntry, nameAegisEntry) };
    case 'aegis-encrypted': {
      const entries = await readAegisEncrypted(file, requirePassphrase(passphrase));
      return { format, ...collectEntries(entries, readAegisEntry, nameAegisEntry) };
    }
    case '2fas':
      return {
        format,
        ...collectEntries(readTwofasServices(file), readTwofasService, nameTwofasService),
      };
    case 'havencode': {
      const entries = await openHavencodeBackup(file, requirePassphrase(passphrase));
      return { format, ...collectEntries(entries, readHavencodeEntry, nameHavencodeEntry) };
    }
  }
}

function requirePassphrase(passphrase: string | undefined): string {
  if (passphrase === undefined || passphrase === '') {
    throw new HavenError(
      'backup/wrong-password',
      'This backup is encrypted: enter its passphrase.',
    );
  }
  return passphrase;
}

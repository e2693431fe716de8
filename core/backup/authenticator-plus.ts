/**
 * Authenticator Plus exports: a password ZIP (ZipCrypto) holding Accounts.txt,
 * one otpauth:// URI a line (as Aegis' AuthenticatorPlusImporter reads it).
 */
import type { ReadEntries } from './types.ts';
import { readUriLines } from './uri-lines.ts';
import { readZipText, type ZipFiles } from './zip.ts';

const ACCOUNTS_FILE = 'Accounts.txt';

/** True when a ZIP's file names are those of an Authenticator Plus export. */
export function isAuthenticatorPlusZip(names: readonly string[]): boolean {
  return names.includes(ACCOUNTS_FILE);
}

/** Opens the ZIP with the passphrase and reads its account URIs. */
export async function readAuthenticatorPlusZip(
  zip: ZipFiles,
  passphrase: string,
): Promise<ReadEntries> {
  return readUriLines(await readZipText(zip, ACCOUNTS_FILE, passphrase));
}

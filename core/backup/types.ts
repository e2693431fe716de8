import type { ErrorCode } from '../errors.ts';
import type { OtpAccount } from '../otp/account.ts';

/** The kinds of file importBackup reads. */
export type BackupFormat =
  | 'havencode'
  | 'aegis-plain'
  | 'aegis-encrypted'
  | '2fas'
  | '2fas-encrypted'
  | 'andotp'
  | 'andotp-encrypted'
  | 'authenticator-extension'
  | 'authenticator-plus'
  | 'bitwarden-json'
  | 'bitwarden-csv'
  | 'ente-encrypted'
  | 'freeotp2'
  | 'freeotp-plus'
  | 'lastpass'
  | 'proton-authenticator'
  | 'proton-pass'
  | 'raivo'
  | 'raivo-zip'
  | 'stratum'
  | 'stratum-encrypted'
  | 'totp-authenticator'
  | 'otpauth-lines'
  | 'google-migration';

/** A backup file as the user brings it: its text, or its bytes (zip and binary backups). */
export type BackupInput = string | Uint8Array;

/** One account read from a backup, with what Havencode itself keeps beside it. */
export interface ImportedEntry {
  account: OtpAccount;
  label?: string;
  /** Exact https origins, as AccountRecord.links holds them. */
  links?: string[];
}

/** An entry left out of an import: who it was and why, never its secret. */
export interface SkippedEntry {
  /** "Issuer: account", or where it was ("Line 3", "Entry 2") when it has no name. */
  name: string;
  reason: string;
  code: ErrorCode;
}

/** The accounts read from a file and the entries left out, in file order. */
export interface ReadEntries {
  accounts: ImportedEntry[];
  skipped: SkippedEntry[];
}

/** What a backup holds, fully read and decrypted, before anything touches the vault. */
export interface ImportedAccounts {
  format: BackupFormat;
  accounts: ImportedEntry[];
  skipped: SkippedEntry[];
}

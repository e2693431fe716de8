// Backups: Havencode's encrypted file, plain otpauth:// lines, and imports from Aegis, 2FAS and Google Authenticator.
export { backupNeedsPassphrase, detectBackupFormat } from './detect-format.ts';
export { findDuplicates } from '../vault/records.ts';
export { exportEncryptedBackup, type ExportOptions } from './havencode-backup.ts';
export { importBackup } from './import-backup.ts';
export type { BackupFormat, ImportedAccounts, ImportedEntry, SkippedEntry } from './types.ts';
export { exportOtpauthLines } from './uri-lines.ts';

// Backups: Havencode's encrypted file, imports from every format users bring, exports to otpauth:// lines, Aegis and Google Authenticator.
export { exportAegisEncrypted, exportAegisPlain } from './aegis-export.ts';
export { backupNeedsPassphrase, detectBackupFormat } from './detect-format.ts';
export { exportGoogleMigration, type GoogleExport } from './google-export.ts';
export { findDuplicates } from '../vault/records.ts';
export { exportEncryptedBackup, type ExportOptions } from './havencode-backup.ts';
export { importBackup } from './import-backup.ts';
export type {
  BackupFormat,
  BackupInput,
  ImportedAccounts,
  ImportedEntry,
  SkippedEntry,
} from './types.ts';
export { openTransfer, sealTransfer, type SealedTransfer } from './transfer.ts';
export { parseTransferFrame } from './transfer-frame.ts';
export { exportOtpauthLines } from './uri-lines.ts';

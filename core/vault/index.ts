/** The vault's public surface for the UI and the shells. */
export {
  createVaultState,
  type LockState,
  type TimerFunctions,
  type VaultController,
} from './controller.ts';
export { calibrateKdf, type Calibration, type CalibrationTrial } from './calibrate.ts';
export { ARGON2_FLOOR, ARGON2_START, PBKDF2_PARAMS, canRunWasm, type KdfParams } from './kdf.ts';
export type { PasskeyAccess, PasskeySetup } from './passkey.ts';
export {
  assertPassphrase,
  judgePassphrase,
  MIN_BACKUP_PASSPHRASE,
  MIN_VAULT_PASSPHRASE,
  type PassphraseProblem,
  type PassphraseUse,
} from './passphrase.ts';
export type { AccountEntry, AccountPatch, AccountRecord } from './records.ts';
export { findDuplicates } from './records.ts';
export { KEEP_DELETED_DAYS } from './retention.ts';
export type { VaultSession } from './session.ts';
export { SNAPSHOTS_KEPT, type SnapshotSummary } from './snapshots.ts';
export type { SlotSummary } from './slot-manager.ts';
export { FREE_ATTEMPTS, PinAttemptError, type PinAttemptInfo } from './throttle.ts';
export { unlockWithPasskey, unlockWithPin, unlockWithRecoveryCode } from './unlock.ts';
export {
  createVault,
  deleteVault,
  resumeSession,
  type CreateVaultOptions,
  type UnlockOptions,
} from './vault.ts';
export { listVaults, type VaultSummary } from './list.ts';
export { DEFAULT_SETTINGS } from './settings.ts';
export type { VaultSettings } from '../storage/schema.ts';
export type { HavenDb } from './database.ts';
export type { SlotKind } from '../storage/schema.ts';

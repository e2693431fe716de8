import type { ReadonlySignal } from '@preact/signals';
import type { BackupInput, GoogleExport, SealedTransfer } from '../backup/index.ts';
import type { OtpAccount } from '../otp/index.ts';
import type { SlotKind, SlotSummary, SnapshotSummary } from '../vault/index.ts';
import type { SettingsModel } from './settings.ts';

/** Where the vault stands, as the UI shows it. */
export type VaultStatus = 'loading' | 'empty' | 'locked' | 'unlocked';

/** One account as the list shows it; the vault's record fits this shape. */
export interface AccountView {
  id: string;
  account: OtpAccount;
  label?: string | undefined;
  /** Exact https origins the user linked to the account. */
  links?: readonly string[] | undefined;
}

/** What adding accounts did. */
export interface AddResult {
  added: number;
  duplicates: number;
}

/**
 * The user proving it is them again before an unlocked session does
 * something an onlooker must not: their current PIN, or (a vault without a
 * PIN) a fresh passkey assertion. Both are checked like an unlock.
 */
export type UserProof = { pin: string } | { passkey: true };

/** What importing a backup did: `skipped` entries were unsupported or damaged. */
export interface ImportResult extends AddResult {
  skipped: number;
}

/**
 * The vault as the shared UI sees it, implemented once by the application
 * layer (openVaultApp) for every page. The UI never touches keys: it calls
 * these and renders the signals.
 */
export interface VaultPort {
  readonly status: ReadonlySignal<VaultStatus>;
  /** The unlocked vault's accounts in display order; empty while locked. */
  readonly accounts: ReadonlySignal<readonly AccountView[]>;
  /**
   * Soft-deleted accounts still kept in the vault (newest first): whatever
   * context deleted them (a site's page, the popup, the PWA), any can restore.
   */
  readonly deleted: ReadonlySignal<readonly AccountView[]>;
  /** Milliseconds to add to local time for the sites' clock (Date-header skew). */
  readonly clockOffsetMs: ReadonlySignal<number>;
  /** Every setting in force (the vault's, the device's, the kiosk policy's), and the one way to change them. */
  readonly settings: SettingsModel;
  /**
   * Accounts added since the last backup file, for the backup reminder; 0
   * while locked, and once the user put the reminder off until the next add.
   */
  readonly backupDue: ReadonlySignal<number>;
  /** Puts the backup reminder off until an account is added. */
  snoozeBackupReminder(): Promise<void>;
  /** Whether this device can make a passkey with PRF (WebAuthn). */
  readonly passkeySupported: boolean;
  /** The ways this vault can be unlocked (its slots), passkey first; empty before setup. */
  readonly unlockMethods: ReadonlySignal<readonly SlotKind[]>;
  /** Creates the vault with a PIN; resolves to the recovery code to show once. */
  setupWithPin(pin: string): Promise<string>;
  /** Creates the vault with a passkey; resolves to the recovery code. */
  setupWithPasskey(): Promise<string>;
  unlockWithPin(pin: string): Promise<void>;
  unlockWithPasskey(): Promise<void>;
  unlockWithRecoveryCode(code: string): Promise<void>;
  lock(): Promise<void>;
  /** The open vault's ways in, without key material. */
  listSlots(): Promise<SlotSummary[]>;
  /**
   * Sets the PIN: a vault with one asks for it (`currentPin`) first, so an
   * unlocked phone left on a table can't be given a new PIN ('vault/wrong-pin').
   */
  setPin(newPin: string, currentPin?: string): Promise<void>;
  /** After `proof`, creates a passkey on this device and adds it as a way in. */
  addPasskey(proof: UserProof): Promise<void>;
  /** Removes a way in; 'vault/last-slot' when nothing else would open the vault. */
  removeSlot(id: string): Promise<void>;
  addAccounts(accounts: OtpAccount[]): Promise<AddResult>;
  renameAccount(id: string, label: string): Promise<void>;
  /** Sets the exact https origins the user linked to an account ('vault/invalid-link' otherwise). */
  setAccountLinks(id: string, links: readonly string[]): Promise<void>;
  /** Moves an account one place up (-1) or down (+1) in the list. */
  moveAccount(id: string, offset: -1 | 1): Promise<void>;
  /** Soft delete: `restoreAccount` undoes it for a while. */
  deleteAccount(id: string): Promise<void>;
  restoreAccount(id: string): Promise<void>;
  /** The vault's kept earlier states (the last changes), newest first. */
  listSnapshots(): Promise<SnapshotSummary[]>;
  /** Makes the accounts what they were in that state; this too can be undone. */
  restoreSnapshot(id: string): Promise<void>;
  /** HOTP: moves to the next counter. */
  advanceCounter(id: string): Promise<void>;
  /** The accounts as an encrypted Havencode backup file (JSON text). */
  exportBackup(passphrase: string): Promise<string>;
  /** After `proof`, the accounts as plain otpauth:// lines, for moving to another app. */
  exportOtpauthLines(proof: UserProof): Promise<string>;
  /** After `proof`, the accounts as Google Authenticator transfer URIs (one QR code each). */
  exportGoogleTransfer(proof: UserProof): Promise<GoogleExport>;
  /** After `proof`, the accounts as a plain Aegis vault file (JSON text). */
  exportAegisPlain(proof: UserProof): Promise<string>;
  /** After `proof`, the accounts sealed for another Havencode: a short code and QR frames. */
  startTransfer(proof: UserProof): Promise<SealedTransfer>;
  /** The accounts as an encrypted Aegis vault file, under a backup-grade passphrase. */
  exportAegisEncrypted(passphrase: string): Promise<string>;
  /** Reads a backup (Havencode, Aegis, 2FAS, otpauth lines) and adds its accounts in one go. */
  importBackup(file: BackupInput, passphrase?: string): Promise<ImportResult>;
  /**
   * Reads the accounts again: another context (the extension's background
   * adding a page's QR code during setup) may have changed them.
   */
  refresh(): Promise<void>;
  /** The user did something: restarts the idle auto-lock timer. */
  touch(): void;
}

/** What only a shell can do, offered to the shared UI. */
export interface ShellActions {
  /**
   * Reads QR codes from the current tab (extension) or camera (PWA); resolves
   * to their texts, or undefined when the user cancelled.
   */
  scan?: {
    testId: 'scan-page' | 'scan-camera';
    label: 'add.scanPage' | 'add.scanCamera';
    run: () => Promise<string[] | undefined>;
  };
  /** The origin of the page the user is on (extension popup), to put its accounts first. */
  currentOrigin?: () => Promise<string | undefined>;
  /**
   * Asks the browser to let Havencode run on this one exact origin (extension
   * popup); resolves to false when refused. Call it straight from the click.
   */
  allowSite?: (origin: string) => Promise<boolean>;
  /** Decodes the QR codes in an image file the user picked. */
  decodeImage?: (file: Blob) => Promise<string[]>;
  /** Copies a code and clears the clipboard later; resolves to the seconds until then (0: never). */
  copy: (text: string) => Promise<number>;
}

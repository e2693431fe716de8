/**
 * The one error type of Havencode. `code` says what went wrong in a stable,
 * machine-readable way ('uri/invalid-secret', 'vault/locked', 'qr/unreadable');
 * the UI maps codes to messages in the user's language. A foreign error that
 * caused it is kept as `cause`, never swallowed.
 */
export class HavenError extends Error {
  override readonly name = 'HavenError';
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** Every error code the core can raise, by area. */
export type ErrorCode =
  | 'otp/invalid-digits'
  | 'otp/invalid-period'
  | 'otp/invalid-counter'
  | 'otp/invalid-secret'
  | 'uri/not-otpauth'
  | 'uri/invalid-type'
  | 'uri/missing-secret'
  | 'uri/invalid-secret'
  | 'uri/invalid-digits'
  | 'uri/invalid-period'
  | 'uri/invalid-algorithm'
  | 'uri/missing-counter'
  | 'uri/invalid-counter'
  | 'uri/issuer-mismatch'
  | 'uri/invalid-label'
  | 'uri/invalid-migration'
  | 'qr/unreadable'
  | 'qr/not-an-image'
  | 'qr/no-code'
  | 'qr/not-an-account'
  | 'qr/colour-code'
  | 'vault/locked'
  | 'vault/wrong-pin'
  | 'vault/throttled'
  | 'vault/pin-too-short'
  | 'vault/passphrase-too-short'
  | 'vault/no-slot'
  | 'vault/corrupt'
  | 'vault/not-found'
  | 'vault/exists'
  | 'vault/prf-unsupported'
  | 'vault/passkey-cancelled'
  | 'vault/wiped'
  | 'storage/quota'
  | 'storage/failed'
  | 'backup/corrupt'
  | 'backup/wrong-password'
  | 'backup/pin-not-enough'
  | 'backup/passphrase-too-short'
  | 'backup/passphrase-guessable'
  | 'backup/unsupported'
  | 'backup/passphrase-required'
  | 'backup/too-large'
  | 'backup/too-costly'
  | 'transfer/wrong-code'
  | 'transfer/incomplete'
  | 'site/unknown'
  | 'vault/weak-kdf'
  | 'vault/last-slot'
  | 'vault/wrong-recovery-code'
  | 'kiosk/bad-admin-key'
  | 'kiosk/wrong-admin-key'
  | 'kiosk/no-admin-slot'
  | 'kiosk/bad-file'
  | 'vault/wrong-passkey'
  | 'vault/invalid-link'
  | 'vault/invalid-name'
  | 'vault/invalid-setting'
  | 'vault/conflict'
  | 'camera/denied'
  | 'camera/not-found'
  | 'camera/in-use'
  | 'camera/unsupported';

/** True when `error` is a HavenError, optionally with the given code. */
export function isHavenError(error: unknown, code?: ErrorCode): error is HavenError {
  return error instanceof HavenError && (code === undefined || error.code === code);
}

// Helpers for this folder's tests: fast-check arbitraries and error catching.
import fc from 'fast-check';
import { HavenError } from '../errors.ts';
import type { OtpAccount, OtpAlgorithm } from '../otp/account.ts';
import { encodeBase32 } from './base32.ts';

/** Characters that a label or parameter encoder must escape or a splitter could trip on. */
const AWKWARD = fc.constantFrom(':', '%', '%3A', '+', '@', '&', '#', '?', '=', '/', ' ', 'é', '😀');

/**
 * The export that several public Google Authenticator tools use as their
 * example (e.g. github.com/dim13/otpauth), base64 of:
 *   0A 31                  field 1 (otp_parameters), 49 bytes:
 *     0A 0A 48656C6C6F21 DEADBEEF   secret "Hello!" DE AD BE EF = JBSWY3DPEHPK3PXP
 *     12 18 "Example:alice@google.com"
 *     1A 07 "Example"
 *     30 02                type = TOTP
 * version, batch_size, batch_index and batch_id are absent, so zero.
 */
export const PUBLISHED_EXPORT =
  'CjEKCkhlbGxvId6tvu8SGEV4YW1wbGU6YWxpY2VAZ29vZ2xlLmNvbRoHRXhhbXBsZTAC';

/** A trimmed, non-empty issuer or account name, with reserved URI characters mixed in. */
export const arbitraryName = fc
  .oneof(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
    fc.string({ unit: fc.oneof(AWKWARD, fc.string({ minLength: 1, maxLength: 1 })), maxLength: 8 }),
  )
  .filter((name) => name !== '' && name === name.trim());

/** A key of 1 to 64 bytes, as canonical base32. */
export const arbitrarySecret = fc.uint8Array({ minLength: 1, maxLength: 64 }).map(encodeBase32);

/** What an account generator may vary; the defaults cover all a Key URI carries. */
export interface AccountShape {
  digits?: fc.Arbitrary<number>;
  period?: fc.Arbitrary<number>;
  issuer?: fc.Arbitrary<string>;
}

/** Any valid account; `shape` narrows what a format cannot carry. */
export function arbitraryAccount(shape: AccountShape = {}): fc.Arbitrary<OtpAccount> {
  const base = {
    issuer: fc.option(shape.issuer ?? arbitraryName, { nil: undefined }),
    account: arbitraryName,
    secret: arbitrarySecret,
    algorithm: fc.constantFrom<OtpAlgorithm>('SHA1', 'SHA256', 'SHA512'),
    digits: shape.digits ?? fc.integer({ min: 6, max: 10 }),
  };
  return fc.oneof(
    fc.record({
      type: fc.constant('totp' as const),
      ...base,
      period: shape.period ?? fc.integer({ min: 1, max: 3600 }),
    }),
    fc.record({
      type: fc.constant('hotp' as const),
      ...base,
      counter: fc.oneof(fc.nat(), fc.maxSafeNat()),
    }),
  );
}

/** Runs `run` and returns the HavenError it throws; a return or any other error fails the test. */
export function catchHavenError(run: () => unknown): HavenError {
  try {
    run();
  } catch (error) {
    if (error instanceof HavenError) return error;
    throw error;
  }
  throw new Error('expected a HavenError, but nothing was thrown');
}

import { HavenError } from '../errors.ts';
import type { OtpAccount, OtpAlgorithm } from '../otp/account.ts';
import { MAX_DIGITS, MIN_DIGITS } from '../otp/index.ts';
import { quoteValue } from './uri-error.ts';

/** 'totp' or 'hotp', as the URI's host names it. */
export type OtpType = OtpAccount['type'];

/** The Key URI's algorithm when the parameter is absent. */
export const DEFAULT_ALGORITHM: OtpAlgorithm = 'SHA1';
/** The Key URI's code length when the parameter is absent. */
export const DEFAULT_DIGITS = 6;
/** The Key URI's period in seconds when the parameter is absent; the only one an export carries. */
export const DEFAULT_PERIOD = 30;
/** The longest TOTP period accepted: an hour is already far beyond any issuer seen. */
export const MAX_PERIOD = 3600;

const ALGORITHMS: readonly OtpAlgorithm[] = ['SHA1', 'SHA256', 'SHA512'];
const WHOLE_NUMBER = /^[0-9]{1,20}$/;

/** Reads the OTP type, case-insensitive. */
export function readType(value: string): OtpType {
  const type = value.toLowerCase();
  if (type === 'totp' || type === 'hotp') return type;
  throw new HavenError(
    'uri/invalid-type',
    `Unknown type ${quoteValue(value)}: expected totp or hotp.`,
  );
}

/** Reads the `algorithm` parameter ('sha256' and 'SHA-256' are tolerated); SHA1 when absent. */
export function readAlgorithm(value: string | undefined): OtpAlgorithm {
  if (value === undefined) return DEFAULT_ALGORITHM;
  const algorithm = ALGORITHMS.find((name) => name === value.toUpperCase().replace('-', ''));
  if (algorithm) return algorithm;
  throw new HavenError(
    'uri/invalid-algorithm',
    `Unsupported algorithm ${quoteValue(value)}: expected SHA1, SHA256 or SHA512.`,
  );
}

/** Reads the `digits` parameter; 6 when absent. */
export function readDigits(value: string | undefined): number {
  return value === undefined ? DEFAULT_DIGITS : checkDigits(readWholeNumber(value), value);
}

/** Reads the `period` parameter in seconds; 30 when absent. */
export function readPeriod(value: string | undefined): number {
  return value === undefined ? DEFAULT_PERIOD : checkPeriod(readWholeNumber(value), value);
}

/** Reads the `counter` parameter, which an HOTP URI must carry. */
export function readCounter(value: string | undefined): number {
  if (value === undefined) {
    throw new HavenError('uri/missing-counter', 'An hotp URI needs a counter parameter.');
  }
  return checkCounter(readWholeNumber(value), value);
}

/** Returns `algorithm` when it is one the Key URI format names. */
export function checkAlgorithm(algorithm: string): OtpAlgorithm {
  return readAlgorithm(algorithm);
}

/** Returns `digits` when it is a whole number from 6 to 10. */
export function checkDigits(digits: number, shown = String(digits)): number {
  if (Number.isInteger(digits) && digits >= MIN_DIGITS && digits <= MAX_DIGITS) return digits;
  throw new HavenError(
    'uri/invalid-digits',
    `Invalid digits ${quoteValue(shown)}: expected a whole number from ${MIN_DIGITS} to ${MAX_DIGITS}.`,
  );
}

/** Returns `period` when it is a whole number of seconds from 1 to MAX_PERIOD. */
export function checkPeriod(period: number, shown = String(period)): number {
  if (Number.isInteger(period) && period >= 1 && period <= MAX_PERIOD) return period;
  throw new HavenError(
    'uri/invalid-period',
    `Invalid period ${quoteValue(shown)}: expected whole seconds from 1 to ${MAX_PERIOD}.`,
  );
}

/** Returns `counter` when it is a whole number that a JavaScript number holds exactly. */
export function checkCounter(counter: number, shown = String(counter)): number {
  if (Number.isSafeInteger(counter) && counter >= 0) return counter;
  throw new HavenError(
    'uri/invalid-counter',
    `Invalid counter ${quoteValue(shown)}: expected a whole number from 0 to ${Number.MAX_SAFE_INTEGER}.`,
  );
}

// Number('1e3'), Number('0x10') and Number(' 6') would all pass as numbers; a
// Key URI value is plain decimal digits only.
function readWholeNumber(value: string): number {
  return WHOLE_NUMBER.test(value) ? Number(value) : Number.NaN;
}

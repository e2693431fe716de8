import { HOTP, Secret, TOTP } from 'otpauth';
import { HavenError } from '../errors.ts';
import type { OtpAccount, TotpAccount } from './account.ts';
import { MAX_DIGITS, MIN_DIGITS } from './digits.ts';

/** Options shared by every code computation. */
export interface CodeClock {
  /** Local time in milliseconds since the epoch. */
  now: number;
  /** Milliseconds to add to `now` to get the server's time (see clock.ts). */
  offsetMs?: number;
}

/** The code of an account with its timing, as the UI shows it. */
export interface CodeState {
  code: string;
  /** The code of the next period (TOTP) or next counter (HOTP). */
  next: string;
  /** Whole seconds until `code` changes; undefined for HOTP. */
  secondsLeft: number | undefined;
}

/**
 * The current code of `account` (RFC 4226 §5.3 for HOTP at its counter,
 * RFC 6238 §4.2 for TOTP at the corrected time).
 */
export function generateCode(account: OtpAccount, clock: CodeClock): string {
  validateParameters(account);
  const secret = decodeSecret(account.secret);
  const { algorithm, digits } = account;
  if (account.type === 'hotp') {
    return HOTP.generate({ secret, algorithm, digits, counter: account.counter });
  }
  return TOTP.generate({
    secret,
    algorithm,
    digits,
    period: account.period,
    timestamp: serverTime(clock),
  });
}

/** The current and next code and the seconds left, for display. */
export function describeCode(account: OtpAccount, clock: CodeClock): CodeState {
  const code = generateCode(account, clock);
  if (account.type === 'hotp') {
    return {
      code,
      next: generateCode({ ...account, counter: account.counter + 1 }, clock),
      secondsLeft: undefined,
    };
  }
  const periodMs = account.period * 1000;
  const next = generateCode(account, { ...clock, now: clock.now + periodMs });
  return { code, next, secondsLeft: secondsLeft(account, clock) };
}

/** Whole seconds (1..period) until the TOTP code of `account` changes. */
export function secondsLeft(account: TotpAccount, clock: CodeClock): number {
  const periodMs = account.period * 1000;
  const elapsed = ((serverTime(clock) % periodMs) + periodMs) % periodMs;
  return Math.ceil((periodMs - elapsed) / 1000);
}

function serverTime(clock: CodeClock): number {
  return clock.now + (clock.offsetMs ?? 0);
}

function decodeSecret(base32: string): Secret {
  try {
    const secret = Secret.fromBase32(base32);
    if (secret.bytes.length === 0) throw new Error('empty secret');
    return secret;
  } catch (cause) {
    throw new HavenError('otp/invalid-secret', 'secret is not valid base32', { cause });
  }
}

function validateParameters(account: OtpAccount): void {
  if (
    !Number.isInteger(account.digits) ||
    account.digits < MIN_DIGITS ||
    account.digits > MAX_DIGITS
  ) {
    throw new HavenError(
      'otp/invalid-digits',
      `digits must be ${MIN_DIGITS} to ${MAX_DIGITS}, got ${account.digits}`,
    );
  }
  if (account.type === 'totp' && (!Number.isInteger(account.period) || account.period < 1)) {
    throw new HavenError(
      'otp/invalid-period',
      `period must be a positive whole number of seconds, got ${account.period}`,
    );
  }
  if (account.type === 'hotp' && (!Number.isSafeInteger(account.counter) || account.counter < 0)) {
    throw new HavenError(
      'otp/invalid-counter',
      `counter must be a whole number ≥ 0, got ${account.counter}`,
    );
  }
}

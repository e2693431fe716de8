/**
 * Wrong-PIN throttling. A 6-digit PIN has only 10^6 values, so after 5 wrong
 * tries in a row each further try waits longer (30 s, 1 min, 2 min … 1 h).
 * The counter lives in the vault row, so reloading the page does not reset it.
 */
import { HavenError } from '../errors.ts';
import type { FailureRow } from '../storage/schema.ts';

/** Wrong PINs allowed before the first delay. */
export const FREE_ATTEMPTS = 5;
const FIRST_DELAY_MS = 30_000;
const MAX_DELAY_MS = 60 * 60_000;

/** The wait after `count` wrong PINs in a row, in ms (0 while under FREE_ATTEMPTS). */
export function computeDelayMs(count: number): number {
  if (count < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (count - FREE_ATTEMPTS));
}

/** When the next PIN may be tried, or undefined when it may be tried now. */
export function computeRetryAt(failures: FailureRow): number | undefined {
  const delay = computeDelayMs(failures.count);
  return delay === 0 ? undefined : failures.lastAt + delay;
}

/**
 * When the next PIN may be tried at wall-clock `now`, or undefined for now.
 * A last try stored in the future means the clock was moved back after it
 * (or forward for it): while it lies ahead, the delay is counted from it.
 */
export function computeRetryAtNow(failures: FailureRow, now: number): number | undefined {
  const retryAt = computeRetryAt(failures);
  return retryAt !== undefined && (now < retryAt || now < failures.lastAt) ? retryAt : undefined;
}

/**
 * The delay counted a second time on a clock the user cannot set
 * (`performance.now()`: monotonic, from this page's start). Moving the
 * system clock forward lifts the wall-clock delay but not this one, for as
 * long as the page that saw the wrong PINs stays open.
 */
export interface MonotonicPinGuard {
  /** A wrong PIN: `failures` in a row now, for vault `vaultId`. */
  noteFailure(vaultId: string, failures: number): void;
  /** A right PIN: nothing left to count. */
  clear(vaultId: string): void;
  /** Milliseconds still to wait on the monotonic clock (0: may try). */
  waitLeftMs(vaultId: string): number;
}

/** A guard on `monotonicNow` (performance.now by default). */
export function createMonotonicPinGuard(
  monotonicNow: () => number = () => performance.now(),
): MonotonicPinGuard {
  const seen = new Map<string, { failures: number; at: number }>();
  return {
    noteFailure(vaultId, failures) {
      seen.set(vaultId, { failures, at: monotonicNow() });
    },
    clear(vaultId) {
      seen.delete(vaultId);
    },
    waitLeftMs(vaultId) {
      const last = seen.get(vaultId);
      if (last === undefined) return 0;
      return Math.max(0, last.at + computeDelayMs(last.failures) - monotonicNow());
    },
  };
}

/** This page's guard: every PIN unlock in this context counts on it. */
export const pagePinGuard: MonotonicPinGuard = createMonotonicPinGuard();

/** Details of a refused PIN, for the UI to show attempts left or a countdown. */
export interface PinAttemptInfo {
  /** Wrong PINs in a row so far. */
  failures: number;
  /** Tries left before delays start (0 once they have). */
  attemptsBeforeDelay: number;
  /** Epoch ms when the next try is allowed; undefined = now. */
  retryAt: number | undefined;
  /** Tries left before the vault wipes itself; undefined when wiping is off. */
  attemptsBeforeWipe: number | undefined;
}

/** 'vault/wrong-pin' or 'vault/throttled', with the attempt details as a typed field. */
export class PinAttemptError extends HavenError {
  readonly attempt: PinAttemptInfo;

  constructor(code: 'vault/wrong-pin' | 'vault/throttled', attempt: PinAttemptInfo) {
    const message =
      code === 'vault/throttled'
        ? `too many wrong PINs; try again after ${new Date(attempt.retryAt ?? 0).toISOString()}`
        : 'wrong PIN';
    super(code, message);
    this.attempt = attempt;
  }
}

/** The attempt details after `failures`, given the wipe setting. */
export function describeAttempts(
  failures: FailureRow,
  wipeAfter: number | undefined,
): PinAttemptInfo {
  return {
    failures: failures.count,
    attemptsBeforeDelay: Math.max(0, FREE_ATTEMPTS - failures.count),
    retryAt: computeRetryAt(failures),
    attemptsBeforeWipe:
      wipeAfter === undefined ? undefined : Math.max(0, wipeAfter - failures.count),
  };
}

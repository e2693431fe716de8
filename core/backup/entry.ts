/**
 * Turning one foreign entry (an Aegis entry, a 2FAS service, our own payload)
 * into an OtpAccount with the same checks a Key URI gets. A bad entry is
 * skipped with its reason; only a damaged file stops the whole import.
 */
import { HavenError, isHavenError } from '../errors.ts';
import type { OtpAccount } from '../otp/account.ts';
import { canonicalizeSecret } from '../uri/base32.ts';
import {
  checkCounter,
  checkDigits,
  checkPeriod,
  DEFAULT_DIGITS,
  DEFAULT_PERIOD,
  readAlgorithm,
} from '../uri/otp-params.ts';
import type { ImportedEntry, SkippedEntry } from './types.ts';

/** The fields every format has in some spelling; unknown until checked. */
export interface LooseAccount {
  type: unknown;
  issuer: unknown;
  account: unknown;
  secret: unknown;
  algorithm: unknown;
  digits: unknown;
  period: unknown;
  counter: unknown;
}

/** Checks a loose entry: 'backup/unsupported' for Steam, Yandex, mOTP…, uri/* codes for bad fields. */
export function buildAccount(loose: LooseAccount): OtpAccount {
  const type = typeof loose.type === 'string' ? loose.type.toLowerCase() : loose.type;
  if (type !== 'totp' && type !== 'hotp') {
    throw new HavenError(
      'backup/unsupported',
      `${describeType(loose.type)} codes are not supported: only TOTP and HOTP are.`,
    );
  }
  if (typeof loose.secret !== 'string') {
    throw new HavenError('uri/missing-secret', 'The entry has no secret.');
  }
  const issuer = readText(loose.issuer);
  const base = {
    issuer,
    // Some apps keep only the service name; the vault needs a name to show and match.
    account: readText(loose.account) ?? issuer ?? requireName(),
    secret: canonicalizeSecret(loose.secret),
    algorithm: readAlgorithm(readOptional(loose.algorithm, 'algorithm')),
    digits: checkDigits(readOptional(loose.digits, 'digits') ?? DEFAULT_DIGITS),
  };
  return type === 'hotp'
    ? {
        type,
        ...base,
        counter: checkCounter(readOptional(loose.counter, 'counter') ?? 0),
      }
    : {
        type,
        ...base,
        period: checkPeriod(readOptional(loose.period, 'period') ?? DEFAULT_PERIOD),
      };
}

/** A readable name for an entry without its secret: "Issuer: account" or `fallback`. */
export function describeEntry(issuer: unknown, account: unknown, fallback: string): string {
  const parts = [readText(issuer), readText(account)].filter((part) => part !== undefined);
  return parts.length > 0 ? parts.join(': ') : fallback;
}

/**
 * Reads each entry with `read`; a HavenError from one entry (other than a
 * damaged file) skips that entry with its reason, anything else propagates.
 */
export function collectEntries<T>(
  items: readonly T[],
  read: (item: T, index: number) => ImportedEntry,
  name: (item: T, index: number) => string,
): { accounts: ImportedEntry[]; skipped: SkippedEntry[] } {
  const accounts: ImportedEntry[] = [];
  const skipped: SkippedEntry[] = [];
  items.forEach((item, index) => {
    try {
      accounts.push(read(item, index));
    } catch (error) {
      if (!isHavenError(error) || error.code === 'backup/corrupt') throw error;
      skipped.push({ name: name(item, index), reason: error.message, code: error.code });
    }
  });
  return { accounts, skipped };
}

/** The first of `values` that is a non-blank string, trimmed. */
export function pickText(...values: unknown[]): string | undefined {
  for (const value of values) {
    const text = readText(value);
    if (text !== undefined) return text;
  }
  return undefined;
}

function readText(value: unknown): string | undefined {
  const text = typeof value === 'string' ? value.trim() : '';
  return text === '' ? undefined : text;
}

type NumberField = 'digits' | 'period' | 'counter';

// Absent (undefined or null) means "the format's default"; a value of the wrong kind is an error.
function readOptional(value: unknown, field: 'algorithm'): string | undefined;
function readOptional(value: unknown, field: NumberField): number | undefined;
function readOptional(value: unknown, field: 'algorithm' | NumberField): unknown {
  if (value === undefined || value === null) return undefined;
  const kind = field === 'algorithm' ? 'string' : 'number';
  if (typeof value !== kind) {
    throw new HavenError(`uri/invalid-${field}`, `The entry's ${field} is not a ${kind}.`);
  }
  return value;
}

function requireName(): never {
  throw new HavenError('uri/invalid-label', 'The entry has neither an account name nor an issuer.');
}

function describeType(type: unknown): string {
  if (typeof type !== 'string' || type === '') return 'Untyped';
  const known: Record<string, string> = { steam: 'Steam', yandex: 'Yandex', motp: 'mOTP' };
  return known[type.toLowerCase()] ?? JSON.stringify(type.slice(0, 20));
}

/**
 * Shared by the vault's unit tests and the bench: a fresh in-memory database
 * (fake-indexeddb) and accounts whose secret, issuer and name are easy to
 * search for in a raw dump.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { OtpAccount } from '../otp/account.ts';
import { openHavenDb, type HavenDb } from '../storage/db.ts';

/** A new, empty database in its own fake IndexedDB. */
export async function openTestDb(): Promise<{ db: HavenDb; factory: IDBFactory }> {
  const factory = new IDBFactory();
  return { db: await openHavenDb('havencode', factory), factory };
}

/** An account whose every identifying field contains `tag`. */
export function makeAccount(tag: string, type: 'totp' | 'hotp' = 'totp'): OtpAccount {
  const base = {
    issuer: `Issuer${tag}`,
    account: `worker${tag}@example.be`,
    secret: `JBSWY3DPEHPK3PXP${tag.toUpperCase().replace(/[^A-Z2-7]/g, 'A')}`,
    algorithm: 'SHA1' as const,
    digits: 6,
  };
  return type === 'totp' ? { ...base, type, period: 30 } : { ...base, type, counter: 0 };
}

/** A hand-driven epoch-ms clock. */
export function createTestClock(start = 1_750_000_000_000): {
  now: () => number;
  advance: (ms: number) => void;
} {
  let time = start;
  return { now: () => time, advance: (ms) => void (time += ms) };
}

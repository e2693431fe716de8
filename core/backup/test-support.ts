// Helpers for this folder's tests: fixtures on disk and error catching.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { ErrorCode } from '../errors.ts';
import type { OtpAccount } from '../otp/account.ts';

/** The text of a file in ./fixtures. */
export function readFixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

/**
 * Aegis' own encrypted test vault (password `test`), read in place from the
 * peers' files beside the checkout: it is GPL-3.0 and never copied here.
 */
export function readAegisUpstreamVault(): string {
  const url = new URL(
    '../../../shared/peer-imports/files/aegis/aegis_encrypted.json',
    import.meta.url,
  );
  return readFileSync(url, 'utf8');
}

/** Asserts that `promise` rejects with a HavenError carrying `code`. */
export async function expectHavenError(promise: Promise<unknown>, code: ErrorCode): Promise<void> {
  await expect(promise).rejects.toMatchObject({ name: 'HavenError', code });
}

/** The accounts the hand-written fixtures hold, in file order (Steam and co. excepted). */
export const FIXTURE_ACCOUNTS: OtpAccount[] = [
  {
    type: 'totp',
    issuer: 'C-point',
    account: '12345678',
    secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
  },
  {
    type: 'totp',
    issuer: 'MyCepa',
    account: '0123456789',
    secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
    algorithm: 'SHA256',
    digits: 10,
    period: 30,
  },
  {
    type: 'hotp',
    issuer: undefined,
    account: 'jan@example.be',
    secret: 'MFRGGZDFMZTWQ2LK',
    algorithm: 'SHA512',
    digits: 8,
    counter: 42,
  },
];

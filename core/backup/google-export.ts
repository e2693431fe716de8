/**
 * Google Authenticator's transfer QR codes: accounts as otpauth-migration://
 * URIs, split over several codes as Google does (at most 10 accounts a code,
 * and a URI short enough for a phone camera), each code carrying the batch's
 * size, its index and one batch id. Accounts the format cannot carry (10
 * digits, a period other than 30 s) are left out and named.
 */
import { isHavenError } from '../errors.ts';
import type { OtpAccount } from '../otp/account.ts';
import { formatMigrationUri } from '../uri/migration-uri.ts';
import { DEFAULT_PERIOD } from '../uri/otp-params.ts';
import { describeEntry } from './entry.ts';
import type { SkippedEntry } from './types.ts';

/** At most this many accounts a code, as Google Authenticator writes them. */
export const ACCOUNTS_PER_CODE = 10;
/** Longest URI in one code: about a version 25 QR code at error correction M. */
export const MAX_URI_LENGTH = 1000;

/** The URIs to show as QR codes, in order, and the accounts left out. */
export interface GoogleExport {
  uris: string[];
  left: SkippedEntry[];
}

/** Writes `accounts` as transfer URIs; `batchId` (a 31-bit number) is random unless given. */
export function exportGoogleMigration(
  accounts: readonly OtpAccount[],
  batchId: number = (crypto.getRandomValues(new Uint32Array(1))[0] ?? 0) >>> 1,
): GoogleExport {
  const left: SkippedEntry[] = [];
  const carried = accounts.filter((account) => {
    const problem = checkCarried(account);
    if (problem !== undefined)
      left.push({ name: describeEntry(account.issuer, account.account, ''), ...problem });
    return problem === undefined;
  });
  const groups: OtpAccount[][] = [];
  for (const account of carried) {
    const last = groups.at(-1);
    if (
      last !== undefined &&
      last.length < ACCOUNTS_PER_CODE &&
      formatMigrationUri([...last, account]).length <= MAX_URI_LENGTH
    ) {
      last.push(account);
    } else groups.push([account]);
  }
  const uris = groups.map((group, batchIndex) =>
    formatMigrationUri(group, { version: 1, batchSize: groups.length, batchIndex, batchId }),
  );
  return { uris, left };
}

function checkCarried(account: OtpAccount): Omit<SkippedEntry, 'name'> | undefined {
  if (account.type === 'totp' && account.period !== DEFAULT_PERIOD) {
    return {
      code: 'uri/invalid-period',
      reason: `Google's export has no period: ${account.period} s would become 30 s.`,
    };
  }
  try {
    formatMigrationUri([account]);
    return undefined;
  } catch (error) {
    if (!isHavenError(error)) throw error;
    return { code: error.code, reason: error.message };
  }
}

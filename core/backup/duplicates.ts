import type { OtpAccount } from '../otp/account.ts';
import { isSameAccount } from '../vault/records.ts';

/**
 * Splits `incoming` into accounts that are new and those already in `existing`
 * or earlier in `incoming` itself, by the vault's own rule (isSameAccount), so
 * the UI can say "3 new, 2 already there" before VaultSession.addAccounts runs.
 */
export function findDuplicates(
  existing: readonly OtpAccount[],
  incoming: readonly OtpAccount[],
): { fresh: OtpAccount[]; duplicates: OtpAccount[] } {
  const known = [...existing];
  const fresh: OtpAccount[] = [];
  const duplicates: OtpAccount[] = [];
  for (const account of incoming) {
    if (known.some((other) => isSameAccount(other, account))) {
      duplicates.push(account);
    } else {
      known.push(account);
      fresh.push(account);
    }
  }
  return { fresh, duplicates };
}

/** LastPass Authenticator exports: JSON with `accounts` of `issuerName`, `userName`, `secret`, `timeStep`. */
import { asObject, requireArray, requireObject } from './encoding.ts';
import { buildAccount, collectEntries, describeEntry } from './entry.ts';
import type { ImportedEntry, ReadEntries } from './types.ts';

/** True when `file` has the shape of a LastPass Authenticator export (it names the device it came from). */
export function isLastpassExport(file: Record<string, unknown>): boolean {
  return (
    'localDeviceId' in file &&
    Array.isArray(file.accounts) &&
    file.accounts.every(
      (item) => typeof asObject(item)?.secret === 'string' && 'timeStep' in (asObject(item) ?? {}),
    )
  );
}

/** Reads a LastPass Authenticator export; its accounts are all TOTP. */
export function readLastpassExport(file: Record<string, unknown>): ReadEntries {
  return collectEntries(
    requireArray(file.accounts, 'accounts'),
    readLastpassAccount,
    nameLastpassAccount,
  );
}

function readLastpassAccount(item: unknown, index: number): ImportedEntry {
  const account = requireObject(item, `account ${index + 1}`);
  return {
    account: buildAccount({
      type: 'totp',
      issuer: account.issuerName,
      account: account.userName,
      secret: account.secret,
      algorithm: account.algorithm,
      digits: account.digits,
      period: account.timeStep,
      counter: undefined,
    }),
  };
}

function nameLastpassAccount(item: unknown, index: number): string {
  const account = asObject(item);
  return describeEntry(account?.issuerName, account?.userName, `Account ${index + 1}`);
}

/**
 * The decrypted payload of a Havencode backup: each entry is an account with
 * the label and links the user gave it, checked on the way in like any import.
 */
import type { OtpAccount } from '../otp/account.ts';
import type { AccountRecord } from '../vault/records.ts';
import { asObject, corrupt, requireObject } from './encoding.ts';
import { buildAccount, describeEntry } from './entry.ts';
import type { ImportedEntry } from './types.ts';

/** The payload of accounts or vault records: label and links kept, soft-deleted records left out. */
export function writePayload(records: readonly (AccountRecord | OtpAccount)[]): object {
  const live = records.filter((item) => typeof item.account === 'string' || !isDeleted(item));
  return { accounts: live.map(toPayloadEntry) };
}

/** Reads one decrypted payload entry: the account (checked like any import) with label and links. */
export function readHavencodeEntry(item: unknown, index: number): ImportedEntry {
  const entry = requireObject(item, `entry ${index + 1}`);
  const account = requireObject(entry.account, `entry ${index + 1} account`);
  return {
    account: buildAccount({
      type: account.type,
      issuer: account.issuer,
      account: account.account,
      secret: account.secret,
      algorithm: account.algorithm,
      digits: account.digits,
      period: account.period,
      counter: account.counter,
    }),
    ...readRecordExtras(entry),
  };
}

/** "Issuer: account" of a payload entry, for the list of skipped entries. */
export function nameHavencodeEntry(item: unknown, index: number): string {
  const account = asObject(asObject(item)?.account);
  return describeEntry(account?.issuer, account?.account, `Entry ${index + 1}`);
}

function readRecordExtras(entry: Record<string, unknown>): Omit<ImportedEntry, 'account'> {
  const out: Omit<ImportedEntry, 'account'> = {};
  if (typeof entry.label === 'string' && entry.label.trim() !== '') out.label = entry.label;
  if (entry.links !== undefined) {
    if (!Array.isArray(entry.links) || !entry.links.every((link) => typeof link === 'string')) {
      throw corrupt('links are not a list of origins');
    }
    out.links = entry.links;
  }
  return out;
}

function toPayloadEntry(item: AccountRecord | OtpAccount): object {
  if (typeof item.account === 'string') return { account: item };
  const record = item as AccountRecord;
  return { account: record.account, label: record.label, links: record.links };
}

function isDeleted(item: AccountRecord | OtpAccount): boolean {
  return 'deletedAt' in item && item.deletedAt !== undefined;
}

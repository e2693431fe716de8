/**
 * Account records and how they are sealed: the whole record (secret, issuer,
 * account name, label, links) is one AES-GCM ciphertext bound by AAD to
 * `${vaultId}/${recordId}`; only the ids stay in clear.
 */
import { HavenError } from '../errors.ts';
import type { OtpAccount } from '../otp/account.ts';
import type { RecordRow } from '../storage/schema.ts';
import { canonicalizeSecret } from '../uri/base32.ts';
import { openBytes, sealBytes } from './aead.ts';
import { decodeUtf8, encodeUtf8, type Bytes } from './bytes.ts';

/** One account in the vault, as the UI sees it once unlocked. */
export interface AccountRecord {
  id: string;
  account: OtpAccount;
  label?: string | undefined;
  /** Exact origins (https://host[:port]) the user linked to this account. */
  links: string[];
  order: number;
  createdAt: number;
  /** Set when soft-deleted, so the deletion can be undone for a while. */
  deletedAt?: number | undefined;
}

/** An account to add, with the name and links a backup may carry. */
export interface AccountEntry {
  account: OtpAccount;
  label?: string | undefined;
  links?: string[] | undefined;
}

/** What `updateAccount` may change. */
export interface AccountPatch {
  label?: string | undefined;
  links?: string[];
  order?: number;
  /** HOTP only: the counter of the next code. */
  counter?: number;
}

function recordAad(vaultId: string, recordId: string): Bytes {
  return encodeUtf8(`${vaultId}/${recordId}`);
}

/** Seals a record for storage. */
export async function sealRecord(
  key: CryptoKey,
  vaultId: string,
  record: AccountRecord,
): Promise<RecordRow> {
  const sealed = await sealBytes(
    key,
    encodeUtf8(JSON.stringify(record)),
    recordAad(vaultId, record.id),
  );
  return { vaultId, id: record.id, ...sealed };
}

/** Opens a stored record; 'vault/corrupt' if it was changed, moved or sealed by another key. */
export async function openRecord(
  key: CryptoKey,
  vaultId: string,
  row: RecordRow,
): Promise<AccountRecord> {
  const plaintext = await openBytes(key, row, recordAad(vaultId, row.id));
  const record = JSON.parse(decodeUtf8(plaintext)) as AccountRecord;
  if (record.id !== row.id)
    throw new HavenError('vault/corrupt', `record ${row.id} holds another id`);
  return record;
}

/**
 * What makes two accounts one: same type, issuer, account name and secret.
 * Secrets count by the key they spell, so 'jbsw y3dp' and 'JBSWY3DP' are one.
 */
function accountIdentity(account: OtpAccount): string {
  return JSON.stringify([
    account.type,
    account.issuer,
    account.account,
    canonicalizeSecret(account.secret),
  ]);
}

/**
 * Splits `incoming` into accounts that are new and those already in
 * `existing` or earlier in `incoming` itself (same type, issuer, account name and secret). The
 * vault adds only the fresh ones; an import can say "3 new, 2 already there"
 * before it adds anything.
 */
export function findDuplicates(
  existing: readonly OtpAccount[],
  incoming: readonly OtpAccount[],
): { fresh: OtpAccount[]; duplicates: OtpAccount[] } {
  const known = new Set(existing.map(accountIdentity));
  const fresh: OtpAccount[] = [];
  const duplicates: OtpAccount[] = [];
  for (const account of incoming) {
    const identity = accountIdentity(account);
    if (known.has(identity)) duplicates.push(account);
    else {
      known.add(identity);
      fresh.push(account);
    }
  }
  return { fresh, duplicates };
}

/** Applies a patch; 'vault/invalid-link' for a link that is not an exact https origin. */
export function applyPatch(record: AccountRecord, patch: AccountPatch): AccountRecord {
  const next: AccountRecord = { ...record };
  if ('label' in patch) next.label = patch.label?.trim() || undefined;
  if (patch.links !== undefined) next.links = patch.links.map(assertOrigin);
  if (patch.order !== undefined) next.order = patch.order;
  if (patch.counter !== undefined) {
    if (
      record.account.type !== 'hotp' ||
      !Number.isSafeInteger(patch.counter) ||
      patch.counter < 0
    ) {
      throw new HavenError(
        'otp/invalid-counter',
        'only an HOTP account has a counter, a whole number ≥ 0',
      );
    }
    next.account = { ...record.account, counter: patch.counter };
  }
  return next;
}

// Autofill matches links by exact origin, so store nothing but an origin.
function assertOrigin(link: string): string {
  let origin: string | undefined;
  try {
    origin = new URL(link).origin;
  } catch (cause) {
    throw new HavenError('vault/invalid-link', `not a URL: ${link}`, { cause });
  }
  if (origin !== link || !link.startsWith('https://')) {
    throw new HavenError(
      'vault/invalid-link',
      `a link is an exact https origin like https://my.cepa.be, not ${link}`,
    );
  }
  return link;
}

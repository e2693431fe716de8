import { generateCode } from '../../../core/otp/index.ts';
import {
  findSiteProfile,
  matchAccountsForOrigin,
  parseSecureOrigin,
} from '../../../core/sites/index.ts';
import type { AccountRecord, VaultSession } from '../../../core/vault/index.ts';
import type { FillAnswer } from '../messages.ts';

/** What the fill service needs from the background. */
export interface FillDeps {
  session: VaultSession | undefined;
  clockOffset: (origin: string) => Promise<number>;
  now: () => number;
  /**
   * Kiosk: called once the one account is found and before its code exists;
   * it takes the session and locks it for every context, so no second fill
   * can read it.
   */
  claim?: () => Promise<void>;
}

/** The accounts that belong on the page at `url` (exact origin rules of core/sites). */
export async function accountsForUrl(session: VaultSession, url: string): Promise<AccountRecord[]> {
  const origin = parseSecureOrigin(url);
  if (origin === undefined) return [];
  const records = await session.listAccounts();
  return matchAccountsForOrigin(records, origin, (record) => ({
    issuer: record.account.issuer,
    links: record.links,
  }));
}

/**
 * The code for the page at `url`: only when exactly one account belongs to
 * its exact origin. Only the code leaves the background (and the
 * werkboeknummer where the site's profile fills the username).
 */
export async function answerFillRequest(url: string, deps: FillDeps): Promise<FillAnswer> {
  if (!deps.session) return { status: 'locked' };
  const matches = await accountsForUrl(deps.session, url);
  const [record] = matches;
  if (!record) return { status: 'no-account' };
  if (matches.length > 1) return { status: 'several', count: matches.length };
  const origin = parseSecureOrigin(url)!;
  // An HOTP code is used up before it leaves: two fills never get the same one.
  const account =
    record.account.type === 'hotp' ? await deps.session.advanceCounter(record.id) : record.account;
  await deps.claim?.();
  const code = generateCode(account, { now: deps.now(), offsetMs: await deps.clockOffset(origin) });
  const profile = findSiteProfile(origin);
  return {
    status: 'ok',
    code,
    username: profile?.fillsUsername ? record.account.account : undefined,
  };
}

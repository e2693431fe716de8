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
  /** The user clicked Havencode's button for this fill (not a field that just appeared). */
  gesture: boolean;
  /** True the first time this page load takes an HOTP code, false ever after. */
  takeHotpTurn: () => boolean;
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
 * werkboeknummer where the site's profile fills the username). An HOTP code
 * is a one-time ticket a page could hoard: it leaves only on the user's
 * click, and at most once per page load.
 */
export async function answerFillRequest(url: string, deps: FillDeps): Promise<FillAnswer> {
  if (!deps.session) return { status: 'locked' };
  const matches = await accountsForUrl(deps.session, url);
  const [record] = matches;
  if (!record) return { status: 'no-account' };
  if (matches.length > 1) return { status: 'several', count: matches.length };
  const origin = parseSecureOrigin(url)!;
  const hotp = record.account.type === 'hotp';
  if (hotp && !deps.gesture) return { status: 'manual' };
  if (hotp && !deps.takeHotpTurn()) return { status: 'spent' };
  // An HOTP code is used up before it leaves: two fills never get the same one.
  const account = hotp ? await deps.session.advanceCounter(record.id) : record.account;
  await deps.claim?.();
  const code = generateCode(account, { now: deps.now(), offsetMs: await deps.clockOffset(origin) });
  const profile = findSiteProfile(origin);
  return {
    status: 'ok',
    code,
    username: profile?.fillsUsername ? record.account.account : undefined,
  };
}

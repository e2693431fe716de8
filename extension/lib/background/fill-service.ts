import { generateCode } from '../../../core/otp/index.ts';
import {
  findSiteProfile,
  matchAccountsForOrigin,
  parseSecureOrigin,
} from '../../../core/sites/index.ts';
import type { AccountRecord, VaultSession } from '../../../core/vault/index.ts';
import type { FillAnswer, StepNote } from '../protocol-types.ts';

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
  /** True when the page filled by itself; false when the user clicked Havencode's button. */
  auto: boolean;
  /** True the first time this page load takes an HOTP code, false ever after. */
  takeHotpTurn: () => boolean;
  /** What the user picked and typed on the tab's step before (C-point). */
  step?: StepNote;
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
 * Among several accounts for one site, the one whose name the user typed on
 * the step before (any case); undefined when that does not tell them apart.
 */
export function pickByUsername(
  records: readonly AccountRecord[],
  username: string | undefined,
): AccountRecord | undefined {
  const typed = username?.trim().toLowerCase();
  if (typed === undefined || typed === '') return undefined;
  const named = records.filter((record) => record.account.account.trim().toLowerCase() === typed);
  return named.length === 1 ? named[0] : undefined;
}

/**
 * The code for the page at `url`: when exactly one account belongs to its
 * exact origin, or one of several carries the name typed on the step
 * before. Nothing when the user picked the e-mailed code on that step
 * (unless they ask by hand). Only the code leaves the background (and the
 * werkboeknummer where the site's profile fills the username). An HOTP code
 * is a one-time ticket a page could hoard: it leaves only on the user's
 * click, and at most once per page load.
 */
export async function answerFillRequest(url: string, deps: FillDeps): Promise<FillAnswer> {
  if (!deps.session) return { status: 'locked' };
  if (deps.auto && deps.step?.method === 'email') return { status: 'refused' };
  const matches = await accountsForUrl(deps.session, url);
  const record = matches.length > 1 ? pickByUsername(matches, deps.step?.username) : matches[0];
  if (matches.length === 0) return { status: 'no-account' };
  if (!record) return { status: 'several', count: matches.length };
  const origin = parseSecureOrigin(url)!;
  const hotp = record.account.type === 'hotp';
  if (hotp && deps.auto) return { status: 'manual' };
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

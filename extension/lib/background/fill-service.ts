import { generateCode, secondsLeft } from '../../../core/otp/index.ts';
import {
  findSiteProfile,
  matchAccountsForOrigin,
  parseSecureOrigin,
} from '../../../core/sites/index.ts';
import type { AccountRecord, VaultSession } from '../../../core/vault/index.ts';
import type { FillAnswer, NamedAccount, StepNote } from '../protocol-types.ts';
import type { UsedCodesHere } from './used-codes.ts';

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
  /** Says, in the user's language, that the next code comes in `seconds`. */
  nextCodeNote: (seconds: number) => Promise<string>;
  /** What the user picked and typed on the tab's step before (C-point). */
  step?: StepNote;
  /**
   * Only on the user's click: asks them, in Havencode's own window, which
   * of several accounts is meant; resolves to its place in the list, or
   * undefined when they closed the window.
   */
  choose?: (site: string, accounts: NamedAccount[]) => Promise<number | undefined>;
  /** The codes this tab's page just submitted: such a TOTP code is not filled again. */
  used?: UsedCodesHere;
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
 * exact origin, or one of several carries the name typed on the step before
 * or is the one the user chose after clicking Havencode's button. Nothing
 * when the user picked the e-mailed code on that step (unless they ask by
 * hand). Only the code leaves the background (and the werkboeknummer where
 * the site's profile fills the username). A TOTP code the page just
 * submitted is not given again: the answer says when the next one comes.
 * An HOTP code is a one-time ticket a page could hoard: it leaves only on
 * the user's click, and at most once per page load.
 */
export async function answerFillRequest(url: string, deps: FillDeps): Promise<FillAnswer> {
  if (!deps.session) return { status: 'locked' };
  if (deps.auto && deps.step?.method === 'email') return { status: 'refused' };
  const origin = parseSecureOrigin(url);
  const matches = await accountsForUrl(deps.session, url);
  if (origin === undefined || matches.length === 0) return { status: 'no-account' };
  const record = matches.length > 1 ? await pickAccount(matches, origin, deps) : matches[0];
  if (!record) return { status: 'several', count: matches.length };
  const hotp = record.account.type === 'hotp';
  if (hotp && deps.auto) return { status: 'manual' };
  if (hotp && !deps.takeHotpTurn()) return { status: 'spent' };
  // An HOTP code is used up before it leaves: two fills never get the same one.
  const account = hotp ? await deps.session.advanceCounter(record.id) : record.account;
  await deps.claim?.();
  const clock = { now: deps.now(), offsetMs: await deps.clockOffset(origin) };
  const code = generateCode(account, clock);
  if (account.type === 'totp' && deps.used?.wasUsed(code)) {
    const seconds = secondsLeft(account, clock);
    return { status: 'wait', seconds, note: await deps.nextCodeNote(seconds) };
  }
  deps.used?.gave(code);
  const profile = findSiteProfile(origin);
  return {
    status: 'ok',
    code,
    username: profile?.fillsUsername ? record.account.account : undefined,
  };
}

/**
 * One of several accounts: the one named on the step before, else (on the
 * user's click) the one they choose in Havencode's window. Only issuer and
 * account name are shown there, never a secret.
 */
async function pickAccount(
  matches: readonly AccountRecord[],
  origin: string,
  deps: FillDeps,
): Promise<AccountRecord | undefined> {
  const named = pickByUsername(matches, deps.step?.username);
  if (named || deps.auto || !deps.choose) return named;
  const site = findSiteProfile(origin)?.name ?? new URL(origin).host;
  const choice = await deps.choose(
    site,
    matches.map(({ account }) => ({ issuer: account.issuer, account: account.account })),
  );
  return choice === undefined ? undefined : matches[choice];
}

import { generateCode } from '../../../core/otp/index.ts';
import type { OtpAccount } from '../../../core/otp/index.ts';
import {
  findSiteProfile,
  matchAccountsForOrigin,
  parseSecureOrigin,
  siteForIssuer,
  siteProfiles,
} from '../../../core/sites/index.ts';
import { isAccountUri, parseAccountUris } from '../../../core/uri/index.ts';
import { findDuplicates } from '../../../core/vault/index.ts';
import type { VaultSession } from '../../../core/vault/index.ts';
import type { ConfirmQuestion, EnrolAnswer, NamedAccount } from '../protocol-types.ts';
import { accountsForUrl } from './fill-service.ts';

/** Asks the user, in Havencode's own window, before a page changes the vault. */
export type Confirm = (question: ConfirmQuestion) => Promise<boolean>;

/** What enrolment needs besides the session. */
export interface EnrolDeps {
  decode: (images: string[]) => Promise<string[]>;
  clockOffset: (origin: string) => Promise<number>;
  now: () => number;
  confirm: Confirm;
}

/** At most this many images per page are decoded: a page can't make us work forever. */
const MAX_IMAGES = 8;

/**
 * Adds the accounts in the page's QR codes once the user agreed in
 * Havencode's window, and answers with the current code of the one that
 * belongs on this page, so the verification field can be filled right
 * away. An account already in the vault is not added twice, but its code
 * is still given.
 */
export async function enrolFromImages(
  session: VaultSession | undefined,
  url: string,
  images: string[],
  deps: EnrolDeps,
): Promise<EnrolAnswer> {
  if (!session) return { status: 'locked' };
  if (parseSecureOrigin(url) === undefined) return { status: 'no-code' };
  return enrolFromTexts(session, url, await deps.decode(images.slice(0, MAX_IMAGES)), deps);
}

/**
 * Enrols from the "can't scan? enter this key" text of the page at `url`:
 * a TOTP account of the site's issuer, named by the username the user
 * typed on the step before (else by the site), with the site's digits.
 */
export async function enrolFromKey(
  session: VaultSession | undefined,
  url: string,
  key: string,
  username: string | undefined,
  deps: Omit<EnrolDeps, 'decode'>,
): Promise<EnrolAnswer> {
  if (!session) return { status: 'locked' };
  const origin = parseSecureOrigin(url);
  if (origin === undefined || !/^[A-Z2-7]{16,128}$/.test(key)) return { status: 'no-code' };
  const profile = findSiteProfile(origin);
  const issuer = profile?.name ?? new URL(origin).host;
  const account = username?.trim() || issuer;
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`;
  const digits = profile?.digits ?? 6;
  const uri = `otpauth://totp/${label}?secret=${key}&issuer=${encodeURIComponent(issuer)}&digits=${digits}`;
  return enrolFromTexts(session, url, [uri], deps);
}

/** Adds the accounts of the otpauth URIs among `texts` (see enrolFromImages). */
async function enrolFromTexts(
  session: VaultSession,
  url: string,
  texts: string[],
  deps: Omit<EnrolDeps, 'decode'>,
): Promise<EnrolAnswer> {
  const origin = parseSecureOrigin(url);
  if (origin === undefined) return { status: 'no-code' };
  // One picture may be decoded more than once (as drawn, mirrored…): each text counts once.
  const uris = [...new Set(texts.filter(isAccountUri))];
  if (uris.length === 0) return { status: 'no-code' };
  const accounts = uris.flatMap((uri) => parseAccountUris(uri));
  // Accounts Havencode already holds change nothing: their code comes without asking again.
  const held = (await session.listAccounts()).map((record) => record.account);
  const asks = findDuplicates(held, accounts).fresh.length > 0;
  if (asks && !(await deps.confirm(await describeEnrolment(session, origin, accounts))))
    return { status: 'declined' };
  // An issuer that names no known site ('Port of Antwerp') keeps the origin it
  // was enrolled on as its link, so it still finds its way back here.
  const { added, duplicates } = await session.addEntries(
    accounts.map((account) => ({
      account,
      links: siteForIssuer(account.issuer) === undefined ? [origin] : [],
    })),
  );
  // Ours: the site's own issuer, or one naming no known site.
  const [own] = accounts.filter((account) => {
    const site = siteForIssuer(account.issuer);
    return site === undefined || site.origin === origin;
  });
  const code =
    own?.type === 'totp'
      ? generateCode(own, { now: deps.now(), offsetMs: await deps.clockOffset(origin) })
      : undefined;
  return { status: 'ok', added: added.length, duplicates: duplicates.length, code };
}

/**
 * True when one of `images` (one QR code drawn several ways: as shown,
 * mirrored) holds an account's QR code. Decoded one by one, so the common
 * case costs one decode.
 */
export async function holdsAccountQr(
  images: string[],
  decode: (images: string[]) => Promise<string[]>,
): Promise<boolean> {
  for (const image of images.slice(0, MAX_IMAGES)) {
    const texts = await decode([image]);
    if (texts.some(isAccountUri)) return true;
  }
  return false;
}

/**
 * The question a page's accounts put to the user: which accounts, which of
 * them belong to another known site, and which sites would end up with two
 * matching accounts (then no code is filled there by itself).
 */
export async function describeEnrolment(
  session: VaultSession,
  origin: string,
  accounts: readonly OtpAccount[],
): Promise<ConfirmQuestion> {
  const here = findSiteProfile(origin);
  const existing = (await session.listAccounts()).map((record) => ({
    issuer: record.account.issuer,
    links: record.links,
    account: record.account,
  }));
  const { fresh } = findDuplicates(
    existing.map((record) => record.account),
    accounts,
  );
  const foreign: string[] = [];
  const doubled: string[] = [];
  for (const site of siteProfiles) {
    const offered = matchAccountsForOrigin(accounts, site.origin, siteKeysOf);
    if (offered.length === 0) continue;
    if (site !== here) foreign.push(site.name);
    const after =
      matchAccountsForOrigin(existing, site.origin, (record) => record).length +
      matchAccountsForOrigin(fresh, site.origin, siteKeysOf).length;
    if (after > 1) doubled.push(site.name);
  }
  return {
    kind: 'add',
    site: here?.name ?? origin,
    accounts: accounts.map(nameOf),
    foreign,
    doubled,
  };
}

/**
 * After the user wiped the site's authenticator registration: removes the
 * matching account (a soft delete, restorable from any Havencode screen)
 * once the user agreed in Havencode's window. True when it was removed.
 */
export async function removeRegisteredAccount(
  session: VaultSession | undefined,
  url: string,
  pageText: string,
  confirm: Confirm,
): Promise<boolean> {
  const id = await findRegisteredAccount(session, url, pageText);
  if (!session || id === undefined) return false;
  const record = (await session.listAccounts()).find((candidate) => candidate.id === id);
  if (!record) return false;
  const site = findSiteProfile(url)?.name ?? new URL(url).origin;
  if (!(await confirm({ kind: 'remove', site, account: nameOf(record.account) }))) return false;
  await session.deleteAccount(id);
  return true;
}

/**
 * The account to remove when the user wipes the site's authenticator
 * registration: the only one for this origin, or among several the one
 * whose name the page shows. Undefined when it can't be told.
 */
export async function findRegisteredAccount(
  session: VaultSession | undefined,
  url: string,
  pageText: string,
): Promise<string | undefined> {
  if (!session) return undefined;
  const records = await accountsForUrl(session, url);
  if (records.length === 1) return records[0]?.id;
  return records.find((record) => pageText.includes(record.account.account))?.id;
}

function siteKeysOf(account: OtpAccount) {
  return { issuer: account.issuer, links: [] };
}

function nameOf(account: OtpAccount): NamedAccount {
  return { issuer: account.issuer, account: account.account };
}

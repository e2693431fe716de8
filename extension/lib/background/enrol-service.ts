import { generateCode } from '../../../core/otp/index.ts';
import { parseSecureOrigin, siteForIssuer } from '../../../core/sites/index.ts';
import { parseAccountUris } from '../../../core/uri/index.ts';
import type { VaultSession } from '../../../core/vault/index.ts';
import type { EnrolAnswer } from '../messages.ts';
import { accountsForUrl } from './fill-service.ts';

/** What enrolment needs besides the session. */
export interface EnrolDeps {
  decode: (images: string[]) => Promise<string[]>;
  clockOffset: (origin: string) => Promise<number>;
  now: () => number;
}

/** At most this many images per page are decoded: a page can't make us work forever. */
const MAX_IMAGES = 8;

/**
 * Adds the accounts in the page's QR codes, and answers with the current
 * code of the one that belongs on this page, so the verification field
 * can be filled right away. An account already in the vault is not added
 * twice, but its code is still given.
 */
export async function enrolFromImages(
  session: VaultSession | undefined,
  url: string,
  images: string[],
  deps: EnrolDeps,
): Promise<EnrolAnswer> {
  if (!session) return { status: 'locked' };
  const origin = parseSecureOrigin(url);
  if (origin === undefined) return { status: 'no-code' };
  const texts = await deps.decode(images.slice(0, MAX_IMAGES));
  const uris = texts.filter((text) => /^otpauth(-migration)?:/i.test(text));
  if (uris.length === 0) return { status: 'no-code' };
  const accounts = uris.flatMap((uri) => parseAccountUris(uri));
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
    if (texts.some((text) => /^otpauth(-migration)?:/i.test(text))) return true;
  }
  return false;
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

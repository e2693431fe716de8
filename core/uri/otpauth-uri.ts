import { HavenError } from '../errors.ts';
import type { OtpAccount } from '../otp/account.ts';
import { canonicalizeSecret } from './base32.ts';
import { cleanLabelParts, encodeUriPart, joinLabel, parseLabel } from './label.ts';
import {
  checkAlgorithm,
  checkCounter,
  checkDigits,
  checkPeriod,
  readAlgorithm,
  readCounter,
  readDigits,
  readPeriod,
  readType,
} from './otp-params.ts';

// otpauth://TYPE/LABEL?PARAMETERS. Cut by hand rather than with `new URL`, which
// would read "#" in a label as a fragment and "Issuer:account@host" as an authority.
const OTPAUTH = /^otpauth:\/\/([^/?]*)\/?([^?]*)(?:\?(.*))?$/is;
const SCHEME = /^[a-z][a-z0-9+.-]{0,30}:/i;

/**
 * Parses a Key URI (https://github.com/google/google-authenticator/wiki/Key-Uri-Format)
 * into an account. Unknown parameters (image, color, …) are ignored.
 */
export function parseOtpauthUri(text: string): OtpAccount {
  const uri = text.trim();
  const match = OTPAUTH.exec(uri);
  if (!match) throw notOtpauth(uri);
  const [, typeName = '', label = '', query = ''] = match;
  const type = readType(typeName);
  const param = readParams(query);
  const secret = param('secret');
  if (secret === undefined) {
    throw new HavenError('uri/missing-secret', 'The URI has no secret parameter.');
  }
  const base = {
    ...parseLabel(label, param('issuer')),
    secret: canonicalizeSecret(secret),
    algorithm: readAlgorithm(param('algorithm')),
    digits: readDigits(param('digits')),
  };
  return type === 'hotp'
    ? { type, ...base, counter: readCounter(param('counter')) }
    : { type, ...base, period: readPeriod(param('period')) };
}

/** Writes an account as a Key URI that parseOtpauthUri reads back to an equal account. */
export function formatOtpauthUri(account: OtpAccount): string {
  const parts = cleanLabelParts(account);
  const params: [string, string][] = [['secret', canonicalizeSecret(account.secret)]];
  if (parts.issuer !== undefined) params.push(['issuer', parts.issuer]);
  params.push(['algorithm', checkAlgorithm(account.algorithm)]);
  params.push(['digits', String(checkDigits(account.digits))]);
  params.push(
    account.type === 'hotp'
      ? ['counter', String(checkCounter(account.counter))]
      : ['period', String(checkPeriod(account.period))],
  );
  const query = params.map(([name, value]) => `${name}=${encodeUriPart(value)}`).join('&');
  return `otpauth://${account.type}/${joinLabel(parts, encodeUriPart)}?${query}`;
}

/**
 * A lookup of the query's parameters: names case-insensitive, the first of a
 * repeated name wins, and an empty value counts as absent (generators write
 * "issuer=" for none). Values are trimmed; '+' reads as a space.
 */
function readParams(query: string): (name: string) => string | undefined {
  const params = new Map<string, string>();
  for (const [name, value] of new URLSearchParams(query)) {
    const key = name.toLowerCase();
    if (!params.has(key)) params.set(key, value.trim());
  }
  return (name) => params.get(name) || undefined;
}

// The message shows the scheme only: the rest of a pasted text may be a secret.
function notOtpauth(uri: string): HavenError {
  const scheme = SCHEME.exec(uri)?.[0];
  const seen = scheme === undefined ? '' : ` (it starts with "${scheme}")`;
  return new HavenError('uri/not-otpauth', `The text is not an otpauth:// URI${seen}.`);
}

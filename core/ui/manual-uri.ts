import { siteForIssuer } from '../sites/index.ts';
import { joinLabel } from '../uri/label.ts';

/** The fields of a hand-typed account, as typed; the defaults are what C-point and most sites use. */
export interface ManualFields {
  issuer: string;
  account: string;
  secret: string;
  type: 'totp' | 'hotp';
  /** Empty: the site's own (10 for MyCepa), else 6. */
  digits: string;
  period: string;
  counter: string;
  algorithm: 'SHA1' | 'SHA256' | 'SHA512';
}

/** The Key URI for hand-typed fields; spaces in the secret (as sites print it) are dropped. */
export function buildOtpauthUri(fields: ManualFields): string {
  const issuer = fields.issuer.trim();
  const label = joinLabel(
    { issuer: issuer || undefined, account: fields.account.trim() },
    encodeURIComponent,
  );
  const params = new URLSearchParams({
    secret: normaliseSecret(fields.secret),
    digits: fields.digits || String(defaultDigits(fields.issuer)),
    algorithm: fields.algorithm,
    ...(issuer ? { issuer } : {}),
    ...(fields.type === 'totp' ? { period: fields.period } : { counter: fields.counter }),
  });
  return `otpauth://${fields.type}/${label}?${params.toString()}`;
}

/** The digits a service's codes have when the user sets none: MyCepa 10, C-point and most others 6. */
export function defaultDigits(issuer: string): number {
  return siteForIssuer(issuer)?.digits ?? 6;
}

/** Secrets shorter than this (80 bits) are a typing slip, not a real key (RFC 4226 §4 asks 128). */
export const MIN_SECRET_LENGTH = 16;

/** What is wrong with a typed secret: 'chars' (not base32), 'short', or undefined when it looks right. */
export function checkSecret(typed: string): 'chars' | 'short' | undefined {
  const secret = normaliseSecret(typed);
  if (/[^A-Z2-7]/.test(secret)) return 'chars';
  return secret.length < MIN_SECRET_LENGTH ? 'short' : undefined;
}

/** The secret as the URI carries it: no spaces or dashes (as sites print it), upper case, no padding. */
export function normaliseSecret(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase().replace(/=+$/, '');
}

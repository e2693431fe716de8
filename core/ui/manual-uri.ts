import { joinLabel } from '../uri/label.ts';

/** The fields of a hand-typed account, as typed; the defaults are what C-point and most sites use. */
export interface ManualFields {
  issuer: string;
  account: string;
  secret: string;
  type: 'totp' | 'hotp';
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
    secret: fields.secret.replace(/[\s-]/g, ''),
    digits: fields.digits,
    algorithm: fields.algorithm,
    ...(issuer ? { issuer } : {}),
    ...(fields.type === 'totp' ? { period: fields.period } : { counter: fields.counter }),
  });
  return `otpauth://${fields.type}/${label}?${params.toString()}`;
}

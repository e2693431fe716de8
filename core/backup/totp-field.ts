/**
 * The TOTP field of password managers (Bitwarden, Proton Pass, LastPass…):
 * an otpauth:// URI, a steam:// secret, or a bare base32 secret. The item's own
 * title and user name stand in for what the field does not say.
 */
import { HavenError } from '../errors.ts';
import type { OtpAccount } from '../otp/account.ts';
import { parseOtpauthUri } from '../uri/otpauth-uri.ts';
import { buildAccount } from './entry.ts';

const OTPAUTH = /^otpauth:\/\/([^/?]*)\/?([^?]*)(\?.*)?$/is;
const STEAM = /^steam:\/\//i;

/** What the item around a TOTP field knows: its title as issuer, its user name. */
export interface FieldContext {
  issuer: string | undefined;
  account: string | undefined;
}

/** Reads a TOTP field; 'backup/unsupported' for Steam, uri/* codes for a bad URI or secret. */
export function readTotpField(value: unknown, context: FieldContext): OtpAccount {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '') throw new HavenError('uri/missing-secret', 'The entry has no TOTP secret.');
  if (STEAM.test(text)) return buildAccount({ ...looseDefaults(context), type: 'steam' });
  const uri = OTPAUTH.exec(text);
  if (uri === null) return buildAccount({ ...looseDefaults(context), secret: text });
  const [, type = '', label = '', query = ''] = uri;
  // A URI without a label ("otpauth://totp/?secret=…") takes the item's name.
  const name = label.trim() === '' ? (context.account ?? context.issuer) : undefined;
  return parseOtpauthUri(
    name === undefined ? text : `otpauth://${type}/${encodeURIComponent(name)}${query}`,
  );
}

function looseDefaults(context: FieldContext) {
  return {
    type: 'totp',
    issuer: context.issuer,
    account: context.account,
    secret: undefined as unknown,
    algorithm: undefined,
    digits: undefined,
    period: undefined,
    counter: undefined,
  };
}

import fc from 'fast-check';
import { URI } from 'otpauth';
import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../errors.ts';
import type { HotpAccount, OtpAccount, TotpAccount } from '../otp/account.ts';
import { formatOtpauthUri, parseOtpauthUri } from './otpauth-uri.ts';
import { arbitraryAccount, arbitraryName, catchHavenError } from './test-support.ts';

const SECRET = 'JBSWY3DPEHPK3PXP';

function totp(fields: Partial<TotpAccount>): TotpAccount {
  return {
    type: 'totp',
    issuer: undefined,
    account: 'alice@google.com',
    secret: SECRET,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    ...fields,
  };
}

function hotp(fields: Partial<HotpAccount>): HotpAccount {
  return {
    type: 'hotp',
    issuer: undefined,
    account: 'alice@google.com',
    secret: SECRET,
    algorithm: 'SHA1',
    digits: 6,
    counter: 0,
    ...fields,
  };
}

describe('parseOtpauthUri', () => {
  it.each<[string, OtpAccount]>([
    // The examples of https://github.com/google/google-authenticator/wiki/Key-Uri-Format
    [
      'otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example',
      totp({ issuer: 'Example' }),
    ],
    [
      'otpauth://totp/ACME%20Co:john.doe@email.com?secret=HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ&issuer=ACME%20Co&algorithm=SHA1&digits=6&period=30',
      totp({
        issuer: 'ACME Co',
        account: 'john.doe@email.com',
        secret: 'HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ',
      }),
    ],
    ['otpauth://totp/alice@google.com?secret=JBSWY3DPEHPK3PXP', totp({})],
    // Tolerated spellings.
    [
      'otpauth://TOTP/Example:alice@google.com?secret=jbswy3dpehpk3pxp',
      totp({ issuer: 'Example' }),
    ],
    ['OTPAUTH://totp/alice@google.com?SECRET=JBSW+Y3DP+EHPK+3PXP', totp({})],
    ['otpauth://totp/alice@google.com?secret=JBSW%20Y3DP%20EHPK%203PXP%3D%3D', totp({})],
    [
      'otpauth://totp/Example%3Aalice@google.com?secret=JBSWY3DPEHPK3PXP',
      totp({ issuer: 'Example' }),
    ],
    ['  otpauth://totp/%20alice@google.com%20?secret=JBSWY3DPEHPK3PXP  ', totp({})],
    [
      'otpauth://totp/ACME+Co:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=ACME+Co',
      totp({ issuer: 'ACME Co' }),
    ],
    [
      'otpauth://totp/alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=&algorithm=&digits=&period=',
      totp({}),
    ],
    [
      'otpauth://totp/alice@google.com?secret=JBSWY3DPEHPK3PXP&image=https%3A%2F%2Fx%2Fa.png&color=%23ff0000',
      totp({}),
    ],
    [
      'otpauth://totp/alice@google.com?secret=JBSWY3DPEHPK3PXP&algorithm=sha512&digits=10&period=60',
      totp({ algorithm: 'SHA512', digits: 10, period: 60 }),
    ],
    [
      'otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=%20Example%20&digits=%208',
      totp({ issuer: 'Example', digits: 8 }),
    ],
    // A repeated parameter: the first one counts.
    [
      'otpauth://totp/alice@google.com?secret=JBSWY3DPEHPK3PXP&digits=8&Digits=7&secret=MZXW6YTB',
      totp({ digits: 8 }),
    ],
    [
      'otpauth://totp/alice@google.com?secret=JBSWY3DPEHPK3PXP&algorithm=SHA-256&digits=8',
      totp({ algorithm: 'SHA256', digits: 8 }),
    ],
    [
      'otpauth://hotp/alice@google.com?secret=JBSWY3DPEHPK3PXP&counter=42&period=7',
      hotp({ counter: 42 }),
    ],
    [
      'otpauth://hotp/alice@google.com?secret=JBSWY3DPEHPK3PXP&counter=9007199254740991',
      hotp({ counter: Number.MAX_SAFE_INTEGER }),
    ],
    // MyCepa's shape: a 10-digit code, the werkboeknummer as account name.
    [
      'otpauth://totp/MyCepa:123456?secret=JBSWY3DPEHPK3PXP&issuer=MyCepa&digits=10',
      totp({ issuer: 'MyCepa', account: '123456', digits: 10 }),
    ],
  ])('%s', (uri, expected) => {
    expect(parseOtpauthUri(uri)).toEqual(expected);
  });

  const ok = `secret=${SECRET}`;
  it.each<[ErrorCode, string, RegExp]>([
    ['uri/not-otpauth', 'https://example.com/?secret=JBSWY3DPEHPK3PXP', /"https:"/],
    ['uri/not-otpauth', `otpauth-migration://offline?data=CgA`, /otpauth-migration/],
    ['uri/not-otpauth', `otpauth:/totp/a?${ok}`, /otpauth/],
    ['uri/invalid-type', `otpauth://motp/a?${ok}`, /"motp"/],
    ['uri/invalid-type', `otpauth:///a?${ok}`, /""/],
    ['uri/missing-secret', 'otpauth://totp/a?issuer=Example', /secret/],
    ['uri/missing-secret', 'otpauth://totp/a?secret=', /secret/],
    ['uri/invalid-secret', `otpauth://totp/a?secret=${SECRET}1`, /base32/],
    ['uri/invalid-secret', `otpauth://totp/a?secret=A`, /short/],
    ['uri/invalid-digits', `otpauth://totp/a?${ok}&digits=5`, /digits "5"/],
    ['uri/invalid-digits', `otpauth://totp/a?${ok}&digits=11`, /digits "11"/],
    ['uri/invalid-digits', `otpauth://totp/a?${ok}&digits=6.5`, /digits "6.5"/],
    ['uri/invalid-digits', `otpauth://totp/a?${ok}&digits=six`, /digits "six"/],
    ['uri/invalid-period', `otpauth://totp/a?${ok}&period=0`, /period "0"/],
    ['uri/invalid-period', `otpauth://totp/a?${ok}&period=3601`, /period "3601"/],
    ['uri/invalid-period', `otpauth://totp/a?${ok}&period=-30`, /period "-30"/],
    ['uri/invalid-period', `otpauth://totp/a?${ok}&period=1e3`, /period "1e3"/],
    ['uri/invalid-algorithm', `otpauth://totp/a?${ok}&algorithm=MD5`, /algorithm "MD5"/],
    ['uri/missing-counter', `otpauth://hotp/a?${ok}`, /counter/],
    ['uri/invalid-counter', `otpauth://hotp/a?${ok}&counter=-1`, /counter "-1"/],
    ['uri/invalid-counter', `otpauth://hotp/a?${ok}&counter=9007199254740992`, /counter "9007/],
    ['uri/issuer-mismatch', `otpauth://totp/Evil:a?${ok}&issuer=Example`, /"Evil".*"Example"/],
    ['uri/invalid-label', `otpauth://totp/?${ok}`, /no account/],
    ['uri/invalid-label', `otpauth://totp?${ok}`, /no account/],
    ['uri/invalid-label', `otpauth://totp/Example:%20?${ok}`, /no account/],
    ['uri/invalid-label', `otpauth://totp/a%E0%A4%A?${ok}`, /percent-encoded/],
  ])('%s: %s', (code, uri, message) => {
    const error = catchHavenError(() => parseOtpauthUri(uri));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain(SECRET);
  });

  it('does not quote a pasted secret as a scheme', () => {
    const error = catchHavenError(() => parseOtpauthUri(SECRET));
    expect(error.code).toBe('uri/not-otpauth');
    expect(error.message).not.toContain(SECRET);
  });
});

describe('formatOtpauthUri', () => {
  it.each<[OtpAccount, string]>([
    [
      totp({ issuer: 'Example' }),
      'otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example&algorithm=SHA1&digits=6&period=30',
    ],
    [
      hotp({ issuer: 'ACME Co', account: 'x:y', counter: 7, digits: 8, algorithm: 'SHA256' }),
      'otpauth://hotp/ACME%20Co:x%3Ay?secret=JBSWY3DPEHPK3PXP&issuer=ACME%20Co&algorithm=SHA256&digits=8&counter=7',
    ],
    [
      totp({ account: 'x:y', secret: 'jbsw y3dp ehpk 3pxp=' }),
      'otpauth://totp/:x%3Ay?secret=JBSWY3DPEHPK3PXP&algorithm=SHA1&digits=6&period=30',
    ],
  ])('%j', (account, uri) => {
    expect(formatOtpauthUri(account)).toBe(uri);
  });

  it.each<[ErrorCode, OtpAccount]>([
    ['uri/invalid-label', totp({ account: ' ' })],
    ['uri/invalid-label', totp({ account: 'a\uDC00' })],
    ['uri/invalid-secret', totp({ secret: 'not base32!' })],
    ['uri/invalid-digits', totp({ digits: 12 })],
    ['uri/invalid-period', totp({ period: 0.5 })],
    ['uri/invalid-counter', hotp({ counter: -1 })],
  ])('%s for %j', (code, account) => {
    expect(catchHavenError(() => formatOtpauthUri(account)).code).toBe(code);
  });
});

describe('otpauth:// round trip', () => {
  it('parseOtpauthUri(formatOtpauthUri(a)) equals a for any valid account', () => {
    fc.assert(
      fc.property(arbitraryAccount(), (account) => {
        expect(parseOtpauthUri(formatOtpauthUri(account))).toEqual(account);
      }),
      { numRuns: 500 },
    );
  });

  // An independent reader: the otpauth library splits at the first colon, so
  // this sticks to issuers without one.
  it('otpauth (the library) reads the same account from formatOtpauthUri', () => {
    const issuer = arbitraryName.filter((name) => !name.includes(':'));
    fc.assert(
      fc.property(arbitraryAccount({ issuer }), (account) => {
        const otp = URI.parse(formatOtpauthUri(account));
        expect({
          issuer: otp.issuer || undefined,
          account: otp.label,
          secret: otp.secret.base32,
          algorithm: otp.algorithm,
          digits: otp.digits,
          ...('period' in otp ? { period: otp.period } : { counter: otp.counter }),
        }).toEqual({ ...account, type: undefined });
      }),
      { numRuns: 300 },
    );
  });
});

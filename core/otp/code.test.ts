import { Secret } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { isHavenError } from '../errors.ts';
import type { HotpAccount, OtpAlgorithm, TotpAccount } from './account.ts';
import { describeCode, generateCode, secondsLeft } from './code.ts';

const base32 = (ascii: string) => Secret.fromLatin1(ascii).base32;

function hotp(secret: string, counter: number, digits = 6): HotpAccount {
  return {
    type: 'hotp',
    issuer: undefined,
    account: 'a',
    secret,
    algorithm: 'SHA1',
    digits,
    counter,
  };
}

function totp(secret: string, algorithm: OtpAlgorithm, digits: number, period = 30): TotpAccount {
  return { type: 'totp', issuer: undefined, account: 'a', secret, algorithm, digits, period };
}

// RFC 4226 Appendix D: secret "12345678901234567890", HOTP values for counts 0..9,
// and the "Decimal" column, which is the 10-digit code left-padded to 10.
const rfc4226Secret = base32('12345678901234567890');
const rfc4226 = [
  ['755224', '1284755224'],
  ['287082', '1094287082'],
  ['359152', '0137359152'],
  ['969429', '1726969429'],
  ['338314', '1640338314'],
  ['254676', '0868254676'],
  ['287922', '1918287922'],
  ['162583', '0082162583'],
  ['399871', '0673399871'],
  ['520489', '0645520489'],
] as const;

// RFC 6238 Appendix B: 8 digits, 30 s, one seed per hash.
const rfc6238Seeds: Record<OtpAlgorithm, string> = {
  SHA1: base32('12345678901234567890'),
  SHA256: base32('12345678901234567890123456789012'),
  SHA512: base32('1234567890123456789012345678901234567890123456789012345678901234'),
};
const rfc6238: [number, string, string, string][] = [
  [59, '94287082', '46119246', '90693936'],
  [1111111109, '07081804', '68084774', '25091201'],
  [1111111111, '14050471', '67062674', '99943326'],
  [1234567890, '89005924', '91819424', '93441116'],
  [2000000000, '69279037', '90698825', '38618901'],
  [20000000000, '65353130', '77737706', '47863826'],
];

describe('generateCode', () => {
  it.each(rfc4226.map(([six, ten], counter) => ({ counter, six, ten })))(
    'RFC 4226 HOTP counter $counter → $six / $ten',
    ({ counter, six, ten }) => {
      expect(generateCode(hotp(rfc4226Secret, counter), { now: 0 })).toBe(six);
      expect(generateCode(hotp(rfc4226Secret, counter, 10), { now: 0 })).toBe(ten);
    },
  );

  it.each(
    rfc6238.flatMap(([t, ...codes]) =>
      (['SHA1', 'SHA256', 'SHA512'] as const).map((alg, i) => ({ t, alg, code: codes[i] })),
    ),
  )('RFC 6238 TOTP $alg at T=$t → $code', ({ t, alg, code }) => {
    expect(generateCode(totp(rfc6238Seeds[alg], alg, 8), { now: t * 1000 })).toBe(code);
  });

  it('applies the clock offset', () => {
    const account = totp(rfc6238Seeds.SHA1, 'SHA1', 8);
    expect(generateCode(account, { now: 1_111_111_109_000 - 60_000, offsetMs: 60_000 })).toBe(
      '07081804',
    );
  });

  it.each([
    [{ ...totp(rfc4226Secret, 'SHA1', 5) }, 'otp/invalid-digits'],
    [{ ...totp(rfc4226Secret, 'SHA1', 11) }, 'otp/invalid-digits'],
    [{ ...totp(rfc4226Secret, 'SHA1', 6, 0) }, 'otp/invalid-period'],
    [{ ...hotp(rfc4226Secret, -1) }, 'otp/invalid-counter'],
    [{ ...totp('not base32!', 'SHA1', 6) }, 'otp/invalid-secret'],
  ] as const)('refuses bad parameters (%#: %s)', (account, code) => {
    expect(() => generateCode(account, { now: 0 })).toThrow(expect.objectContaining({ code }));
    try {
      generateCode(account, { now: 0 });
    } catch (error) {
      expect(isHavenError(error, code)).toBe(true);
    }
  });
});

describe('describeCode', () => {
  it('gives the next TOTP code and the seconds left', () => {
    const account = totp(rfc6238Seeds.SHA1, 'SHA1', 8);
    const state = describeCode(account, { now: 1_111_111_109_000 });
    expect(state).toEqual({ code: '07081804', next: '14050471', secondsLeft: 1 });
  });

  it('gives the next HOTP code and no countdown', () => {
    expect(describeCode(hotp(rfc4226Secret, 0), { now: 0 })).toEqual({
      code: '755224',
      next: '287082',
      secondsLeft: undefined,
    });
  });
});

describe('secondsLeft', () => {
  it.each([
    [0, 30],
    [1_000, 29],
    [29_000, 1],
    [29_999, 1],
    [30_000, 30],
  ])('at %i ms → %i s', (now, left) => {
    expect(secondsLeft(totp(rfc4226Secret, 'SHA1', 6), { now })).toBe(left);
  });

  it('counts with the offset, also before the epoch', () => {
    expect(secondsLeft(totp(rfc4226Secret, 'SHA1', 6), { now: 0, offsetMs: -1_000 })).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { parseOtpauthUri } from '../uri/index.ts';
import { buildOtpauthUri, checkSecret, type ManualFields } from './manual-uri.ts';

const base: ManualFields = {
  issuer: 'C-point',
  account: 'W12345',
  secret: 'JBSW Y3DP EHPK 3PXP',
  type: 'totp',
  digits: '6',
  period: '30',
  counter: '0',
  algorithm: 'SHA1',
};

describe('buildOtpauthUri', () => {
  it.each([
    [
      'a C-point account typed with spaces in the secret',
      base,
      {
        type: 'totp',
        issuer: 'C-point',
        account: 'W12345',
        secret: 'JBSWY3DPEHPK3PXP',
        digits: 6,
        period: 30,
      },
    ],
    [
      'a 10-digit MyCepa account with SHA256',
      { ...base, issuer: 'MyCepa', digits: '10', algorithm: 'SHA256' as const },
      { issuer: 'MyCepa', digits: 10, algorithm: 'SHA256' },
    ],
    [
      'an HOTP account with a counter and a colon in the name',
      { ...base, issuer: '', account: 'dock: 7', type: 'hotp' as const, counter: '5' },
      { type: 'hotp', issuer: undefined, account: 'dock: 7', counter: 5 },
    ],
  ])('%s', (_name, fields, expected) => {
    expect(parseOtpauthUri(buildOtpauthUri(fields))).toMatchObject(expected);
  });

  it.each([
    ['a secret that is not base32', { ...base, secret: 'not-base32!' }, 'uri/invalid-secret'],
    ['5 digits', { ...base, digits: '5' }, 'uri/invalid-digits'],
  ])('lets the parser refuse %s', (_name, fields, code) => {
    expect(() => parseOtpauthUri(buildOtpauthUri(fields))).toThrow(
      expect.objectContaining({ code }),
    );
  });
});

describe('digits by service', () => {
  it.each([
    ['MyCepa', 10],
    ['cepa', 10],
    ['C-point', 6],
    ['GitHub', 6],
  ])('%s typed by hand with no digits set gets %d', (issuer, digits) => {
    const uri = buildOtpauthUri({ ...base, issuer, digits: '' });
    expect(parseOtpauthUri(uri).digits).toBe(digits);
  });
});

describe('checkSecret', () => {
  it.each([
    ['JBSW Y3DP EHPK 3PXP', undefined],
    ['jbsw-y3dp-ehpk-3pxp', undefined],
    ['JBSWY3DPEHPK3PXP====', undefined],
    ['ABCDE', 'short'],
    ['JBSWY3DPEHPK3PX', 'short'],
    ['JBSWY3DPEHPK3PX0', 'chars'],
    ['JBSWY3DPEHPK3PX!', 'chars'],
  ] as const)('%s → %s', (typed, verdict) => {
    expect(checkSecret(typed)).toBe(verdict);
  });
});

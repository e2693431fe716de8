import { describe, expect, it } from 'vitest';
import type { OtpAccount } from '../otp/account.ts';
import { findDuplicates } from './records.ts';

const base: OtpAccount = {
  type: 'totp',
  issuer: 'C-point',
  account: 'jan',
  secret: 'JBSWY3DPEHPK3PXP',
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
};

describe('findDuplicates: one account, however its secret is spelled', () => {
  it.each([
    ['the same account', base, true],
    [
      'the secret spelled in lower case with spaces and padding',
      { ...base, secret: 'jbsw y3dp ehpk 3pxp====' },
      true,
    ],
    ['another secret', { ...base, secret: 'JBSWY3DPEHPK3PXQ' }, false],
    ['another issuer', { ...base, issuer: 'MyCepa' }, false],
    ['another account name', { ...base, account: 'piet' }, false],
    ['HOTP with the same secret', { ...base, type: 'hotp', counter: 0 }, false],
  ] as const)('%s → %s', (_name, other, same) => {
    expect(findDuplicates([base], [other]).duplicates).toEqual(same ? [other] : []);
  });
});

import { describe, expect, it } from 'vitest';
import { isAccountUri, isMigrationUri } from './scheme.ts';

describe('isAccountUri and isMigrationUri', () => {
  it.each([
    ['otpauth://totp/C-point:w1?secret=JBSWY3DP', true, false],
    ['OTPAUTH://TOTP/x?secret=JBSWY3DP', true, false],
    ['  otpauth://hotp/x?secret=JBSWY3DP&counter=1\n', true, false],
    ['otpauth-migration://offline?data=CgA', true, true],
    ['Otpauth-Migration://offline?data=CgA', true, true],
    ['https://www.c-point.be/', false, false],
    ['xotpauth://totp/x', false, false],
    ['', false, false],
  ])('%j: account %s, migration %s', (text, account, migration) => {
    expect(isAccountUri(text)).toBe(account);
    expect(isMigrationUri(text)).toBe(migration);
  });
});

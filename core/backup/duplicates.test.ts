import { describe, expect, it } from 'vitest';
import type { OtpAccount } from '../otp/account.ts';
import { findDuplicates } from '../vault/records.ts';
import { importBackup } from './import-backup.ts';
import { FIXTURE_ACCOUNTS, readFixture } from './test-support.ts';

const [a, b, c] = FIXTURE_ACCOUNTS as [OtpAccount, OtpAccount, OtpAccount];

describe('findDuplicates', () => {
  it.each<[string, OtpAccount[], OtpAccount[], OtpAccount[], OtpAccount[]]>([
    ['nothing known, all new', [], [a, b], [a, b], []],
    ['one already in the vault', [b], [a, b, c], [a, c], [b]],
    ['twice in the file', [], [a, c, a], [a, c], [a]],
    ['in the vault and twice in the file', [a], [a, a], [], [a, a]],
    [
      'another account name is another account',
      [a],
      [{ ...a, account: 'other' }],
      [{ ...a, account: 'other' }],
      [],
    ],
    [
      'another secret is another account',
      [a],
      [{ ...a, secret: 'MFRGGZDF' }],
      [{ ...a, secret: 'MFRGGZDF' }],
      [],
    ],
  ])('%s', (_name, existing, incoming, fresh, duplicates) => {
    expect(findDuplicates(existing, incoming)).toEqual({ fresh, duplicates });
  });

  it('spots the same account coming from Aegis and from 2FAS', async () => {
    const aegis = await importBackup(readFixture('aegis-plain.json'));
    const twofas = await importBackup(readFixture('2fas-plain.2fas'));
    const result = findDuplicates(
      aegis.accounts.map((entry) => entry.account),
      twofas.accounts.map((entry) => entry.account),
    );
    // The third differs: 2FAS gives it the issuer "Webmail", Aegis none.
    expect(result.duplicates).toEqual([a, b]);
    expect(result.fresh).toEqual([{ ...c, issuer: 'Webmail' }]);
  });
});

/** Google Authenticator transfer URIs, split over several codes and read back by our importer. */
import { describe, expect, it } from 'vitest';
import type { OtpAccount } from '../otp/account.ts';
import { parseMigrationUri } from '../uri/migration-uri.ts';
import { ACCOUNTS_PER_CODE, exportGoogleMigration, MAX_URI_LENGTH } from './google-export.ts';
import { importBackup } from './import-backup.ts';
import { FIXTURE_ACCOUNTS } from './test-support.ts';

function workers(count: number, name = (i: number) => `werkboek-${i}`): OtpAccount[] {
  return Array.from({ length: count }, (_, i) => ({
    type: 'totp',
    issuer: 'C-point',
    account: name(i),
    secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
  }));
}

describe('exportGoogleMigration', () => {
  it('splits 25 accounts over 3 codes of one batch and reads them back in order', async () => {
    const accounts = workers(25);
    const { uris, left } = exportGoogleMigration(accounts, 77);
    expect(left).toEqual([]);
    expect(
      uris
        .map((uri) => parseMigrationUri(uri))
        .map(({ accounts: a, ...info }) => ({ ...info, n: a.length })),
    ).toEqual([
      { version: 1, batchSize: 3, batchIndex: 0, batchId: 77, n: ACCOUNTS_PER_CODE },
      { version: 1, batchSize: 3, batchIndex: 1, batchId: 77, n: ACCOUNTS_PER_CODE },
      { version: 1, batchSize: 3, batchIndex: 2, batchId: 77, n: 5 },
    ]);
    const back = await importBackup(uris.join('\n'));
    expect(back.accounts.map(({ account }) => account)).toEqual(accounts);
  });

  it('starts a new code before a URI grows past what a camera reads well', () => {
    const { uris } = exportGoogleMigration(workers(8, (i) => `${'long name '.repeat(8)}${i}`));
    expect(uris.length).toBeGreaterThan(1);
    for (const uri of uris) expect(uri.length).toBeLessThanOrEqual(MAX_URI_LENGTH);
  });

  it('leaves out and names what Google cannot carry: 10 digits, a period other than 30 s', () => {
    const [cpoint, mycepa, webmail] = FIXTURE_ACCOUNTS as [OtpAccount, OtpAccount, OtpAccount];
    const slow: OtpAccount = {
      ...(cpoint as OtpAccount & { type: 'totp' }),
      account: 'slow',
      period: 60,
    };
    const { uris, left } = exportGoogleMigration([cpoint, mycepa, webmail, slow]);
    expect(uris.flatMap((uri) => parseMigrationUri(uri).accounts)).toEqual([cpoint, webmail]);
    expect(left.map(({ name, code }) => [name, code])).toEqual([
      ['MyCepa: 0123456789', 'uri/invalid-digits'],
      ['C-point: slow', 'uri/invalid-period'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import type { OtpAccount } from '../otp/account.ts';
import { parseAccountUris } from '../uri/account-uris.ts';
import { importBackup } from './import-backup.ts';
import { FIXTURE_ACCOUNTS } from './test-support.ts';
import { exportOtpauthLines } from './uri-lines.ts';

describe('exportOtpauthLines', () => {
  it('writes one otpauth:// URI per line that reads back to the same accounts', async () => {
    const text = exportOtpauthLines(FIXTURE_ACCOUNTS);
    expect(text.split('\n')).toEqual([
      'otpauth://totp/C-point:12345678?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=C-point&algorithm=SHA1&digits=6&period=30',
      'otpauth://totp/MyCepa:0123456789?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=MyCepa&algorithm=SHA256&digits=10&period=30',
      'otpauth://hotp/jan@example.be?secret=MFRGGZDFMZTWQ2LK&algorithm=SHA512&digits=8&counter=42',
      '',
    ]);
    expect(parseAccountUris(text)).toEqual(FIXTURE_ACCOUNTS);
    const imported = await importBackup(text);
    expect(imported.accounts.map(({ account }) => account)).toEqual(FIXTURE_ACCOUNTS);
  });

  it('writes nothing for no accounts', () => {
    expect(exportOtpauthLines([])).toBe('');
  });

  it('skips a Google export line it cannot read and keeps the others', async () => {
    const alice: OtpAccount = { ...(FIXTURE_ACCOUNTS[0] as OtpAccount), account: 'alice' };
    const text = `${exportOtpauthLines([alice])}otpauth-migration://offline?data=CgE\n`;
    const result = await importBackup(text);
    expect(result.accounts).toEqual([{ account: alice }]);
    expect(result.skipped).toEqual([
      expect.objectContaining({ name: 'Line 2', code: 'uri/invalid-migration' }),
    ]);
  });
});

/** Aegis exports read back by our own importer (plain, and encrypted under scrypt). */
import { describe, expect, it } from 'vitest';
import { exportAegisEncrypted, exportAegisPlain } from './aegis-export.ts';
import { importBackup } from './import-backup.ts';
import { expectHavenError, FIXTURE_ACCOUNTS } from './test-support.ts';

// Aegis writes N = 2^15; a cheaper N keeps the test fast and is read the same way.
const CHEAP = { n: 2 ** 10, r: 8, p: 1 };
const PASSPHRASE = 'kaai-haven 12';

describe('Aegis export', () => {
  it('writes a plain vault that reads back to the same accounts', async () => {
    const result = await importBackup(exportAegisPlain(FIXTURE_ACCOUNTS));
    expect(result.format).toBe('aegis-plain');
    expect(result.accounts.map(({ account }) => account)).toEqual(FIXTURE_ACCOUNTS);
    expect(result.skipped).toEqual([]);
  });

  it('writes an encrypted vault that opens with its passphrase only', async () => {
    const file = await exportAegisEncrypted(FIXTURE_ACCOUNTS, PASSPHRASE, CHEAP);
    const result = await importBackup(file, PASSPHRASE);
    expect(result.format).toBe('aegis-encrypted');
    expect(result.accounts.map(({ account }) => account)).toEqual(FIXTURE_ACCOUNTS);
    await expectHavenError(importBackup(file, 'kaai-haven 13'), 'backup/wrong-password');
  });

  it('keeps nothing of the accounts in clear in the encrypted vault', async () => {
    const file = await exportAegisEncrypted(FIXTURE_ACCOUNTS, PASSPHRASE, CHEAP);
    for (const account of FIXTURE_ACCOUNTS) {
      expect(file).not.toContain(account.secret);
      expect(file).not.toContain(account.account);
    }
  });

  it('uses the scrypt cost Aegis writes by default', async () => {
    const file = JSON.parse(await exportAegisEncrypted([], PASSPHRASE)) as {
      header: { slots: { n: number; r: number; p: number }[] };
    };
    expect(file.header.slots.map(({ n, r, p }) => ({ n, r, p }))).toEqual([
      { n: 32768, r: 8, p: 1 },
    ]);
  });
});

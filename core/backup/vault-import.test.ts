import { describe, expect, it } from 'vitest';
import type { OtpAccount } from '../otp/account.ts';
import { ARGON2_FLOOR } from '../vault/kdf.ts';
import type { VaultSession } from '../vault/session.ts';
import { openTestDb } from '../vault/test-helpers.ts';
import { createVault } from '../vault/vault.ts';
import { exportEncryptedBackup } from './havencode-backup.ts';
import { importBackup } from './import-backup.ts';
import { expectHavenError, FIXTURE_ACCOUNTS } from './test-support.ts';
import { exportOtpauthLines } from './uri-lines.ts';

const kdf = ARGON2_FLOOR;
const [cpoint, mycepa, webmail] = FIXTURE_ACCOUNTS as [OtpAccount, OtpAccount, OtpAccount];

async function openVault(name: string): Promise<VaultSession> {
  const { db } = await openTestDb();
  return (await createVault(db, { name, pin: '123456', kdf })).session;
}

// What the UI does: read the whole file first, then one addEntries (labels and links included).
async function restore(session: VaultSession, text: string, passphrase?: string) {
  const { accounts } = await importBackup(text, passphrase);
  return session.addEntries(accounts);
}

describe('a backup restored into a vault', () => {
  it('brings back accounts, labels and links, and skips what the vault already holds', async () => {
    const source = await openVault('W1');
    const [first] = (await source.addAccounts([cpoint, webmail])).added;
    await source.updateAccount(first?.id ?? '', { label: 'Poort', links: ['https://my.cepa.be'] });
    const backup = await exportEncryptedBackup(await source.listAccounts(), 'kaai-2026', { kdf });

    const target = await openVault('W2');
    await target.addAccounts([webmail]);
    const { added, duplicates } = await restore(target, backup, 'kaai-2026');
    expect(added.map((r) => r.account)).toEqual([cpoint]);
    expect(duplicates).toEqual([webmail]);
    const restored = await target.listAccounts();
    expect(restored.map((r) => [r.account.account, r.label, r.links])).toEqual([
      ['jan@example.be', undefined, []],
      ['12345678', 'Poort', ['https://my.cepa.be']],
    ]);
  });

  it('adds an account listed twice in one file once', async () => {
    const target = await openVault('W3');
    const text = exportOtpauthLines([cpoint, mycepa, cpoint]);
    const { added, duplicates } = await restore(target, text);
    expect(added).toHaveLength(2);
    expect(duplicates).toEqual([cpoint]);
  });

  it.each<[string, (backup: string) => string, string, 'backup/corrupt' | 'backup/wrong-password']>(
    [
      ['a wrong passphrase', (b) => b, 'kaai-2025', 'backup/wrong-password'],
      [
        'a damaged file',
        (b) => b.replace(/"ciphertext": "(.)/, '"ciphertext": "A$1'),
        'kaai-2026',
        'backup/corrupt',
      ],
      ['a cut-off file', (b) => b.slice(0, -40), 'kaai-2026', 'backup/corrupt'],
    ],
  )('leaves the vault unchanged on %s', async (_name, damage, passphrase, code) => {
    const backup = await exportEncryptedBackup([mycepa, webmail], 'kaai-2026', {
      kdf,
    });
    const target = await openVault('W4');
    await target.addAccounts([cpoint]);
    const before = await target.listAccounts();
    await expectHavenError(restore(target, damage(backup), passphrase), code);
    expect(await target.listAccounts()).toEqual(before);
  });
});

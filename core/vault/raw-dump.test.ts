import { describe, expect, it } from 'vitest';
import { createFakeAuthenticator } from './fake-authenticator.ts';
import { ARGON2_FLOOR } from './kdf.ts';
import { makeAccount, openTestDb } from './test-helpers.ts';
import { createVault } from './vault.ts';
import { dumpDatabase } from '../../test/vault/dump-database.ts';

describe('what IndexedDB holds', () => {
  it('contains no secret, issuer, account name, label, link, PIN or recovery code in clear', async () => {
    const { db, factory } = await openTestDb();
    const credentials = createFakeAuthenticator();
    const { session, recoveryCode } = await createVault(db, {
      name: 'Kiosk W7',
      pin: '482913',
      kdf: ARGON2_FLOOR,
      passkey: { credentials, rpId: 'localhost', rpName: 'Havencode', userName: 'Kiosk W7' },
    });
    const accounts = [makeAccount('mycepa'), makeAccount('cpoint', 'hotp')];
    const { added } = await session.addAccounts(accounts);
    await session.updateAccount(added[0]?.id ?? '', {
      label: 'GeheimLabel',
      links: ['https://portal.example.be'],
    });
    const rawKey = await session.exportKey();

    const dump = await dumpDatabase(factory);
    expect(dump).toContain('Kiosk W7'); // the vault name is the one thing in clear
    const forbidden = [
      ...accounts.flatMap((a) => [a.secret, a.issuer ?? '', a.account]),
      'GeheimLabel',
      'portal.example.be',
      '482913',
      recoveryCode,
      recoveryCode.replace(/-/g, ''),
      String.fromCharCode(...rawKey),
    ];
    for (const needle of forbidden) expect(dump.includes(needle), needle).toBe(false);
  });
});

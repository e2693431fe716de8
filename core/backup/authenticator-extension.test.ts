/**
 * Authenticator extension (authenticator.cc) backups, written here the way the
 * extension's own export does: entries keyed by hash, ordered by `index`.
 */
import { describe, expect, it } from 'vitest';
import { importBackup } from './import-backup.ts';

const entry = (fields: Record<string, unknown>) => ({
  encrypted: false,
  hash: 'h',
  counter: 0,
  ...fields,
});

const backup = {
  b2: entry({
    index: 1,
    account: 'jan@example.be',
    issuer: 'Webmail',
    secret: 'MFRGGZDFMZTWQ2LK',
    type: 'hotp',
    counter: 42,
    digits: 8,
    algorithm: 'SHA512',
  }),
  a1: entry({
    index: 0,
    account: '12345678',
    issuer: 'C-point',
    secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
    type: 'totp',
    period: 30,
  }),
  c3: entry({
    index: 2,
    account: 'hex',
    issuer: 'Lab',
    secret: '48656c6c6f21deadbeef',
    type: 'hex',
  }),
  d4: entry({
    index: 3,
    account: 'gamer',
    issuer: 'Steam',
    secret: 'KRSXG5CTMVRXEZLU',
    type: 'steam',
  }),
  e5: entry({
    index: 4,
    account: 'wow',
    issuer: 'Blizzard',
    secret: 'KRSXG5CTMVRXEZLU',
    type: 'battle',
  }),
  f6: {
    ...entry({ index: 5, account: 'locked', issuer: 'Bank', secret: 'U2FsdGVkX1+abc' }),
    encrypted: true,
  },
  key: { enc: 'x', hash: 'y' },
};

describe('Authenticator extension backups', () => {
  it('reads TOTP, HOTP and hexadecimal secrets in the order the extension shows them', async () => {
    const { format, accounts } = await importBackup(JSON.stringify(backup));
    expect(format).toBe('authenticator-extension');
    expect(
      accounts.map(({ account }) => [
        account.type,
        account.issuer,
        account.account,
        account.secret,
      ]),
    ).toEqual([
      ['totp', 'C-point', '12345678', 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'],
      ['hotp', 'Webmail', 'jan@example.be', 'MFRGGZDFMZTWQ2LK'],
      ['totp', 'Lab', 'hex', 'JBSWY3DPEHPK3PXP'],
    ]);
  });

  it('names Steam, Battle.net and entries the extension encrypted as skipped', async () => {
    const { skipped } = await importBackup(JSON.stringify(backup));
    expect(skipped.map(({ name, code }) => [name, code])).toEqual([
      ['Steam: gamer', 'backup/unsupported'],
      ['Blizzard: wow', 'backup/unsupported'],
      ['Bank: locked', 'backup/unsupported'],
    ]);
  });
});

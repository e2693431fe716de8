import type { ErrorCode } from '../errors.ts';
import { describe, expect, it } from 'vitest';
import { formatMigrationUri } from '../uri/migration-uri.ts';
import { importBackup } from './import-backup.ts';
import { expectHavenError, FIXTURE_ACCOUNTS, readFixture } from './test-support.ts';
import type { BackupFormat } from './types.ts';

const [cpoint, mycepa, webmail] = FIXTURE_ACCOUNTS as [
  (typeof FIXTURE_ACCOUNTS)[number],
  (typeof FIXTURE_ACCOUNTS)[number],
  (typeof FIXTURE_ACCOUNTS)[number],
];

describe('importBackup of plain foreign formats', () => {
  it.each<[string, string, BackupFormat, unknown[], string[]]>([
    [
      'Aegis plain',
      readFixture('aegis-plain.json'),
      'aegis-plain',
      // Aegis' empty issuer is none; the entry keeps its name.
      [cpoint, mycepa, webmail],
      ['Steam: gamer', 'Yandex: ivan', 'Old VPN: legacy'],
    ],
    [
      '2FAS plain',
      readFixture('2fas-plain.2fas'),
      '2fas',
      // 2FAS' service name stands in for a missing issuer.
      [cpoint, mycepa, { ...webmail, issuer: 'Webmail' }],
      ['Steam: gamer'],
    ],
    [
      'otpauth:// lines',
      readFixture('otpauth-lines.txt'),
      'otpauth-lines',
      [cpoint, mycepa, webmail],
      ['Steam: gamer', 'Line 6'],
    ],
    [
      'a Google Authenticator export in two QR codes',
      `${formatMigrationUri([cpoint])}\n${formatMigrationUri([{ ...webmail, digits: 8 }])}`,
      'google-migration',
      [cpoint, webmail],
      [],
    ],
  ])('%s', async (_name, text, format, accounts, skipped) => {
    const result = await importBackup(text);
    expect(result.format).toBe(format);
    expect(result.accounts.map((entry) => entry.account)).toEqual(accounts);
    expect(result.skipped.map((entry) => entry.name)).toEqual(skipped);
  });

  it('says why an entry was skipped, with a code the UI can translate', async () => {
    const { skipped } = await importBackup(readFixture('aegis-plain.json'));
    expect(skipped[0]).toEqual({
      name: 'Steam: gamer',
      reason: 'Steam codes are not supported: only TOTP and HOTP are.',
      code: 'backup/unsupported',
    });
    const lines = await importBackup(readFixture('otpauth-lines.txt'));
    expect(lines.skipped.map((entry) => entry.code)).toEqual([
      'uri/invalid-type',
      'uri/not-otpauth',
    ]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a secret that is not base32', { secret: 'not base32!' }, 'uri/invalid-secret'],
    ['digits out of range', { digits: 4 }, 'uri/invalid-digits'],
    ['digits as a string', { digits: '6' }, 'uri/invalid-digits'],
    ['an unknown algorithm', { algo: 'MD5' }, 'uri/invalid-algorithm'],
    ['a zero period', { period: 0 }, 'uri/invalid-period'],
    ['no secret', { secret: null }, 'uri/missing-secret'],
  ])('skips an Aegis entry with %s and keeps the rest', async (_name, info, code) => {
    const file = JSON.parse(readFixture('aegis-plain.json')) as {
      db: { entries: { info: Record<string, unknown> }[] };
    };
    const first = file.db.entries[0];
    if (first === undefined) throw new Error('fixture has no entries');
    first.info = { ...first.info, ...info };
    const result = await importBackup(JSON.stringify(file));
    expect(result.accounts.map((entry) => entry.account)).toEqual([mycepa, webmail]);
    expect(result.skipped[0]).toMatchObject({ name: 'C-point: 12345678', code });
  });

  it('asks for the passphrase of an encrypted 2FAS backup, and refuses a wrong one', async () => {
    const file = readFixture('2fas-encrypted.2fas');
    await expectHavenError(importBackup(file), 'backup/passphrase-required');
    await expectHavenError(importBackup(file, 'not it'), 'backup/wrong-password');
  });

  it.each<[string, string, ErrorCode]>([
    ['truncated Aegis JSON', readFixture('aegis-plain.json').slice(0, 300), 'backup/corrupt'],
    ['Aegis without entries', '{"version":1,"header":{"slots":null},"db":{}}', 'backup/corrupt'],
    [
      'an Aegis entry that is not an object',
      '{"version":1,"header":{},"db":{"entries":[3]}}',
      'backup/corrupt',
    ],
    [
      '2FAS services that are not objects',
      '{"services":[null],"schemaVersion":4}',
      'backup/corrupt',
    ],
    ['a JSON array of an unknown kind', '[1, 2]', 'backup/unsupported'],
    ['some other JSON', '{"accounts":[]}', 'backup/unsupported'],
    ['prose', 'Dear diary,\nno codes today.', 'backup/unsupported'],
    ['an empty file', '', 'backup/unsupported'],
  ])('%s → %s', async (_name, text, code) => {
    await expectHavenError(importBackup(text), code);
  });
});

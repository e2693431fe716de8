import { TextReader, Uint8ArrayWriter, ZipWriter } from '@zip.js/zip.js/index-native.js';
import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../errors.ts';
import { formatMigrationUri } from '../uri/migration-uri.ts';
import { ARGON2_FLOOR } from '../vault/kdf.ts';
import { backupNeedsPassphrase, detectBackupFormat } from './detect-format.ts';
import { exportEncryptedBackup } from './havencode-backup.ts';
import { FIXTURE_ACCOUNTS, readFixture, readAegisUpstreamVault } from './test-support.ts';
import type { BackupFormat } from './types.ts';

const havencode = await exportEncryptedBackup(FIXTURE_ACCOUNTS, '12345678', { kdf: ARGON2_FLOOR });
const migration = formatMigrationUri(FIXTURE_ACCOUNTS.slice(0, 1));
const ZIP_OF_README = await zipText('README.txt', 'not a backup');

async function zipText(name: string, text: string): Promise<Uint8Array> {
  const writer = new ZipWriter(new Uint8ArrayWriter());
  await writer.add(name, new TextReader(text));
  return writer.close();
}

describe('detectBackupFormat', () => {
  it.each<[string, string, BackupFormat, boolean]>([
    ['a Havencode backup', havencode, 'havencode', true],
    ['an Aegis plain vault', readFixture('aegis-plain.json'), 'aegis-plain', false],
    ['an Aegis encrypted vault', readAegisUpstreamVault(), 'aegis-encrypted', true],
    ['a 2FAS backup', readFixture('2fas-plain.2fas'), '2fas', false],
    ['an encrypted 2FAS backup', readFixture('2fas-encrypted.2fas'), '2fas-encrypted', true],
    ['otpauth:// lines', readFixture('otpauth-lines.txt'), 'otpauth-lines', false],
    ['Google export URIs', `${migration}\r\n\r\n${migration}\n`, 'google-migration', false],
    [
      'a Google export mixed with otpauth:// lines',
      `${migration}\notpauth://totp/a?secret=AA`,
      'otpauth-lines',
      false,
    ],
    ['JSON after a byte-order mark', `\uFEFF${readFixture('2fas-plain.2fas')}`, '2fas', false],
  ])('%s → %s', async (_name, text, format, encrypted) => {
    expect(await detectBackupFormat(text)).toBe(format);
    expect(await backupNeedsPassphrase(text)).toBe(encrypted);
  });

  it.each<[string, string | Uint8Array, ErrorCode]>([
    ['JSON cut short', havencode.slice(0, havencode.length / 2), 'backup/corrupt'],
    ['a JSON string', '"otpauth://totp/a?secret=AA"', 'backup/unsupported'],
    ['an empty JSON list', '[]', 'backup/unsupported'],
    ['a JSON list of an unknown kind', '[{"name":"bank","code":"JBSWY3DP"}]', 'backup/unsupported'],
    ['an Aegis-like file without a header', '{"version":1,"db":{}}', 'backup/unsupported'],
    ['a 2FAS-like file without schemaVersion', '{"services":[]}', 'backup/unsupported'],
    ['a CSV export', 'name,secret\nbank,JBSWY3DP', 'backup/unsupported'],
    ['blank lines', '\n \n', 'backup/unsupported'],
    [
      'a PNG image',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff]),
      'backup/unsupported',
    ],
    ['a ZIP of something else', ZIP_OF_README, 'backup/unsupported'],
  ])('%s → %s', async (_name, input, code) => {
    await expect(detectBackupFormat(input)).rejects.toThrow(expect.objectContaining({ code }));
  });
});

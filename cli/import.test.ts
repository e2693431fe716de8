/** `havencode import` as CONTRACT.md describes it, run as a real process through bin/havencode.js. */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { exportEncryptedBackup } from '../core/backup/index.ts';
import { FIXTURE_ACCOUNTS, readFixture } from '../core/backup/test-support.ts';
import { formatMigrationUri } from '../core/uri/index.ts';
import { ARGON2_FLOOR } from '../core/vault/kdf.ts';

const bin = fileURLToPath(new URL('../bin/havencode.js', import.meta.url));
const exec = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'havencode-import-'));

function write(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function havencode(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [bin, 'import', ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

function expectOneLineRefusal(
  result: { code: number; stdout: string; stderr: string },
  pattern: RegExp,
) {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
}

// Each case starts a process, some derive a key: on a loaded 2-core machine that takes seconds.
describe('havencode import', { timeout: 30_000 }, () => {
  it('prints the accounts in file order and one "skipped" line per entry left out', async () => {
    const result = await havencode(write('lines.txt', readFixture('otpauth-lines.txt')), '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(
      FIXTURE_ACCOUNTS.map(({ account, issuer, ...rest }) => ({
        ...rest,
        issuer: issuer ?? null,
        name: account,
      })),
    );
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/skipped Steam: gamer: .*steam/),
      expect.stringMatching(/skipped Line 6: /),
    ]);
  });

  it('opens an encrypted backup with --passphrase', async () => {
    const file = write(
      'backup.json',
      await exportEncryptedBackup(FIXTURE_ACCOUNTS, 'haven-kaai 12', { kdf: ARGON2_FLOOR }),
    );
    const result = await havencode(file, '--passphrase', 'haven-kaai 12', '--json');
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as unknown[]).length).toBe(FIXTURE_ACCOUNTS.length);
  });

  it('reads the QR codes of an image and imports their text', async () => {
    // MyCepa's 10 digits do not fit Google's export: C-point and the HOTP account do.
    const accounts = [FIXTURE_ACCOUNTS[0], FIXTURE_ACCOUNTS[2]].filter(
      (account) => account !== undefined,
    );
    const png = await QRCode.toBuffer(formatMigrationUri(accounts), {
      margin: 4,
      scale: 6,
    });
    const result = await havencode(write('export.png', png), '--json');
    expect(result.code).toBe(0);
    expect(
      (JSON.parse(result.stdout) as { name: string }[]).map((account) => account.name),
    ).toEqual(accounts.map((account) => account.account));
  });

  it.each<[string, () => string[] | Promise<string[]>, RegExp]>([
    ['a missing file', () => [join(dir, 'nothing-here.json')], /no such file/],
    [
      'an unsupported file',
      () => [write('notes.txt', 'Dear diary')],
      /not a backup Havencode reads/,
    ],
    [
      'a JSON list of an unknown kind',
      () => [write('list.json', '[{"a":1}]')],
      /not a kind of export/,
    ],
    [
      'a file with no account',
      () => [write('steam.txt', 'otpauth://steam/S:g?secret=AAAA')],
      /no account.*skipped/,
    ],
    [
      'a missing passphrase',
      () => [write('enc.2fas', readFixture('2fas-encrypted.2fas'))],
      /encrypted: enter its passphrase/,
    ],
    [
      'a wrong passphrase',
      () => [write('enc2.2fas', readFixture('2fas-encrypted.2fas')), '--passphrase', 'nope'],
      /does not open/,
    ],
    [
      'an image without a QR code',
      async () => [write('blank.png', await QRCode.toBuffer('plain text, no account'))],
      /no account|not a backup/,
    ],
  ])('refuses %s with exit 2 and one stderr line', async (_name, args, pattern) => {
    expectOneLineRefusal(await havencode(...(await args()), '--json'), pattern);
  });
});

import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../errors.ts';
import type { OtpAccount } from '../otp/account.ts';
import { ARGON2_FLOOR, PBKDF2_PARAMS } from '../vault/kdf.ts';
import type { AccountRecord } from '../vault/records.ts';
import { exportEncryptedBackup } from './havencode-backup.ts';
import { importBackup } from './import-backup.ts';
import { expectHavenError, FIXTURE_ACCOUNTS } from './test-support.ts';

const PASSPHRASE = 'haven-kaai 1234';
const NOW = Date.UTC(2026, 10, 21, 12, 0, 0);
const FAST = { kdf: ARGON2_FLOOR, now: NOW };

const records: AccountRecord[] = FIXTURE_ACCOUNTS.map((account, index) => ({
  id: `id-${index}`,
  account,
  links: index === 0 ? ['https://www.c-point.be'] : [],
  order: index,
  createdAt: NOW,
  ...(index === 1 ? { label: 'Werkboek' } : {}),
}));
const deleted: AccountRecord = {
  id: 'gone',
  account: { ...FIXTURE_ACCOUNTS[0], account: 'deleted-worker' } as OtpAccount,
  links: [],
  order: 9,
  createdAt: NOW,
  deletedAt: NOW,
};

type Json = Record<string, unknown> & {
  key: Record<string, unknown>;
  kdf: Record<string, unknown>;
};
const file = await exportEncryptedBackup([...records, deleted], PASSPHRASE, FAST);
const parsed = (): Json => JSON.parse(file) as Json;

// Flips one bit of a base64 field, so the bytes differ but still decode.
function flipBase64(text: unknown): string {
  const bytes = Buffer.from(String(text), 'base64');
  bytes[bytes.length - 1] = (bytes.at(-1) ?? 0) ^ 1;
  return bytes.toString('base64');
}

describe('exportEncryptedBackup → importBackup', () => {
  it('round-trips records with their label and links, without soft-deleted ones', async () => {
    const result = await importBackup(file, PASSPHRASE);
    expect(result).toEqual({
      format: 'havencode',
      accounts: [
        { account: FIXTURE_ACCOUNTS[0], links: ['https://www.c-point.be'] },
        { account: FIXTURE_ACCOUNTS[1], label: 'Werkboek', links: [] },
        { account: FIXTURE_ACCOUNTS[2], links: [] },
      ],
      skipped: [],
    });
  });

  it('round-trips bare accounts, with PBKDF2 where WebAssembly cannot run', async () => {
    const text = await exportEncryptedBackup(FIXTURE_ACCOUNTS, PASSPHRASE, { kdf: PBKDF2_PARAMS });
    const result = await importBackup(text, PASSPHRASE);
    expect(result.accounts).toEqual(FIXTURE_ACCOUNTS.map((account) => ({ account })));
  });

  it('writes the documented header and the parameters it was derived with', () => {
    const json = parsed();
    expect(json).toMatchObject({
      format: 'havencode-backup',
      version: 1,
      createdAt: '2026-11-21T12:00:00.000Z',
      kdf: { ...ARGON2_FLOOR, salt: expect.any(String) as unknown },
    });
    expect(Buffer.from(String(json.iv), 'base64')).toHaveLength(12);
  });

  it('holds no secret, issuer, account name, label or link in clear', () => {
    const clear = [
      ...FIXTURE_ACCOUNTS.flatMap((a) => [a.secret, a.issuer, a.account]),
      'Werkboek',
      'c-point.be',
      'deleted-worker',
    ].filter((text) => text !== undefined);
    expect(clear).toHaveLength(11);
    for (const text of clear) expect(file).not.toContain(text);
  });

  it('gives two exports of the same accounts different salts and ciphertexts', async () => {
    const again = JSON.parse(
      await exportEncryptedBackup([...records, deleted], PASSPHRASE, FAST),
    ) as Json;
    expect(again.kdf.salt).not.toBe(parsed().kdf.salt);
    expect(again.ciphertext).not.toBe(parsed().ciphertext);
  });

  it('refuses a wrong passphrase as backup/wrong-password', async () => {
    await expectHavenError(importBackup(file, 'haven-kaai 1235'), 'backup/wrong-password');
  });

  it.each<[string, string | undefined]>([
    ['no passphrase', undefined],
    ['an empty passphrase', ''],
  ])('asks for the passphrase on %s', async (_name, passphrase) => {
    await expectHavenError(importBackup(file, passphrase), 'backup/passphrase-required');
  });

  it.each<
    [
      string,
      (json: Json) => void,
      'backup/corrupt' | 'backup/wrong-password' | 'backup/unsupported' | 'backup/too-costly',
    ]
  >([
    [
      'a changed ciphertext byte',
      (j) => void (j.ciphertext = flipBase64(j.ciphertext)),
      'backup/corrupt',
    ],
    ['a changed IV', (j) => void (j.iv = flipBase64(j.iv)), 'backup/corrupt'],
    [
      'a changed date in the header',
      (j) => void (j.createdAt = '2020-01-01T00:00:00.000Z'),
      'backup/corrupt',
    ],
    [
      'a cut ciphertext',
      (j) => void (j.ciphertext = String(j.ciphertext).slice(0, 8)),
      'backup/corrupt',
    ],
    ['a ciphertext that is not base64', (j) => void (j.ciphertext = '%%%'), 'backup/corrupt'],
    [
      'a changed wrapped key',
      (j) => void (j.key.ciphertext = flipBase64(j.key.ciphertext)),
      'backup/wrong-password',
    ],
    ['a changed salt', (j) => void (j.kdf.salt = flipBase64(j.kdf.salt)), 'backup/wrong-password'],
    [
      'KDF parameters lowered below the floor',
      (j) => void (j.kdf.iterations = 1),
      'backup/corrupt',
    ],
    [
      'a KDF asking for 64 GiB',
      (j) => void (j.kdf.memoryKiB = 64 * 1024 * 1024),
      'backup/too-costly',
    ],
    ['a KDF asking for 1 GiB', (j) => void (j.kdf.memoryKiB = 1024 * 1024), 'backup/too-costly'],
    ['a KDF asking for 100 passes', (j) => void (j.kdf.iterations = 100), 'backup/too-costly'],
    ['an unknown KDF', (j) => void (j.kdf.algorithm = 'md5'), 'backup/corrupt'],
    ['no wrapped key', (j) => void delete (j as Partial<Json>).key, 'backup/corrupt'],
    ['a newer version', (j) => void (j.version = 2), 'backup/unsupported'],
  ])('refuses %s', async (_name, tamper, code) => {
    const json = parsed();
    tamper(json);
    await expectHavenError(importBackup(JSON.stringify(json), PASSPHRASE), code);
  });

  it.each([10, 100, file.length - 2])(
    'refuses the file cut after %i characters as backup/corrupt',
    async (length) => {
      await expectHavenError(importBackup(file.slice(0, length), PASSPHRASE), 'backup/corrupt');
    },
  );

  it.each<[string, string, Parameters<typeof exportEncryptedBackup>[2], ErrorCode]>([
    ['a 4-digit PIN', '1234', FAST, 'vault/pin-too-short'],
    ['an empty passphrase', '', FAST, 'vault/pin-too-short'],
    [
      'Argon2id below the floor',
      PASSPHRASE,
      { kdf: { ...ARGON2_FLOOR, memoryKiB: 1024 } },
      'vault/weak-kdf',
    ],
  ])('will not export under %s', async (_name, passphrase, options, code) => {
    await expectHavenError(exportEncryptedBackup(records, passphrase, options), code);
  });
});

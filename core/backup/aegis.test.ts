import { scrypt } from 'hash-wasm';
import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../errors.ts';
import { importBackup } from './import-backup.ts';
import {
  expectHavenError,
  FIXTURE_ACCOUNTS,
  readFixture,
  readAegisUpstreamVault,
} from './test-support.ts';

const UPSTREAM = readAegisUpstreamVault();
const PLAIN = JSON.parse(readFixture('aegis-plain.json')) as { db: unknown };
const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const random = (length: number): Uint8Array<ArrayBuffer> =>
  crypto.getRandomValues(new Uint8Array(length));

interface SlotSpec {
  type: number;
  password: string;
  n?: number;
}

// The encrypting side of Aegis' format, written from docs/vault.md, so the
// reader is checked against an encrypter that shares no code with it.
async function sealAegis(rawKey: Uint8Array<ArrayBuffer>, plaintext: Uint8Array<ArrayBuffer>) {
  const key = await crypto.subtle.importKey('raw', rawKey, 'AES-GCM', false, ['encrypt']);
  const nonce = random(12);
  const out = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonce }, key, plaintext),
  );
  return { nonce: hex(nonce), sealed: out.slice(0, -16), tag: hex(out.slice(-16)) };
}

type Json = Record<string, unknown>;
interface AegisFile {
  version: number;
  header: { slots: Json[]; params: Json };
  db: string;
}

async function encryptAegis(db: unknown, slots: SlotSpec[]): Promise<AegisFile> {
  const masterKey = random(32);
  const header = await Promise.all(
    slots.map(async ({ type, password, n = 1024 }) => {
      const salt = random(32);
      const kek = await scrypt({
        password,
        salt,
        costFactor: n,
        blockSize: 8,
        parallelism: 1,
        hashLength: 32,
        outputType: 'binary',
      });
      const wrapped = await sealAegis(new Uint8Array(kek), masterKey);
      return {
        type,
        uuid: crypto.randomUUID(),
        key: hex(wrapped.sealed),
        key_params: { nonce: wrapped.nonce, tag: wrapped.tag },
        ...(type === 1 ? { n, r: 8, p: 1, salt: hex(salt) } : {}),
      };
    }),
  );
  const content = await sealAegis(masterKey, new TextEncoder().encode(JSON.stringify(db)));
  return {
    version: 1,
    header: { slots: header, params: { nonce: content.nonce, tag: content.tag } },
    db: Buffer.from(content.sealed).toString('base64'),
  };
}

describe('encrypted Aegis vaults', () => {
  it("opens Aegis' own test vault with its password", async () => {
    const result = await importBackup(UPSTREAM, 'test');
    expect(result.format).toBe('aegis-encrypted');
    expect(
      result.accounts.map(({ account }) => [account.type, account.issuer, account.account]),
    ).toEqual([
      ['totp', 'Deno', 'Mason'],
      ['totp', 'SPDX', 'James'],
      ['totp', 'Airbnb', 'Elijah'],
      ['hotp', 'Issuu', 'James'],
      ['hotp', 'Air Canada', 'Benjamin'],
      ['hotp', 'WWE', 'Mason'],
    ]);
    expect(result.accounts[1]?.account).toMatchObject({
      secret: '5OM4WOOGPLQEF6UGN3CPEOOLWU',
      algorithm: 'SHA256',
      digits: 7,
      period: 20,
    });
    expect(result.skipped).toEqual([
      expect.objectContaining({ name: 'Boeing: Sophia', code: 'backup/unsupported' }),
    ]);
  });

  it('refuses a wrong password and asks for a missing one', async () => {
    await expectHavenError(importBackup(UPSTREAM, 'tset'), 'backup/wrong-password');
    await expectHavenError(importBackup(UPSTREAM), 'backup/passphrase-required');
  });

  it('tries at most 4 password slots: a fifth is refused before any scrypt runs', async () => {
    const file = await encryptAegis(PLAIN.db, [{ type: 1, password: 'kaai' }]);
    const [slot = {}] = file.header.slots;
    file.header.slots = Array.from({ length: 5 }, () => slot);
    await expectHavenError(importBackup(JSON.stringify(file), 'kaai'), 'backup/too-costly');
  });

  it('reads a vault sealed by an independent encrypter, trying each password slot', async () => {
    const file = await encryptAegis(PLAIN.db, [
      { type: 2, password: 'biometric' },
      { type: 1, password: 'other' },
      { type: 1, password: 'kaai' },
    ]);
    const result = await importBackup(JSON.stringify(file), 'kaai');
    expect(result.accounts.map(({ account }) => account)).toEqual(FIXTURE_ACCOUNTS);
    expect(result.skipped).toHaveLength(3);
  });

  it.each<[string, (file: AegisFile, slot: Json) => void, ErrorCode]>([
    ['a changed db byte', (f) => void (f.db = flip(f.db)), 'backup/corrupt'],
    ['a changed db tag', (f) => void (f.header.params.tag = '00'.repeat(16)), 'backup/corrupt'],
    ['a db that is not base64', (f) => void (f.db = 'not base64!'), 'backup/corrupt'],
    ['a short nonce', (f) => void (f.header.params.nonce = '0011'), 'backup/corrupt'],
    [
      'a changed slot key',
      (_f, slot) => void (slot.key = '11'.repeat(32)),
      'backup/wrong-password',
    ],
    ['scrypt N that is no power of two', (_f, slot) => void (slot.n = 1000), 'backup/corrupt'],
    ['scrypt asking for 8 GiB', (_f, slot) => void (slot.n = 2 ** 22), 'backup/too-costly'],
    ['scrypt with 64 lanes', (_f, slot) => void (slot.p = 64), 'backup/too-costly'],
    ['only a biometric slot', (_f, slot) => void (slot.type = 2), 'backup/unsupported'],
    ['slots that are not a list', (f) => void ((f.header as Json).slots = 'x'), 'backup/corrupt'],
  ])('refuses %s', async (_name, tamper, code) => {
    const file = await encryptAegis(PLAIN.db, [{ type: 1, password: 'kaai' }]);
    const [slot = {}] = file.header.slots;
    tamper(file, slot);
    await expectHavenError(importBackup(JSON.stringify(file), 'kaai'), code);
  });
});

function flip(base64: string): string {
  const bytes = Buffer.from(base64, 'base64');
  bytes[0] = (bytes[0] ?? 0) ^ 1;
  return bytes.toString('base64');
}

/** Encrypted 2FAS backups, sealed here independently with WebCrypto the way 2FAS documents. */
import { describe, expect, it } from 'vitest';
import { importBackup } from './import-backup.ts';
import { expectHavenError, readFixture } from './test-support.ts';

const PASSPHRASE = 'kaai-12';

async function encryptTwofas(services: unknown[], passphrase: string): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(256));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const base = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  const key = await crypto.subtle.deriveKey(
    { name: 'PBKDF2', salt, iterations: 10_000, hash: 'SHA-256' },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt'],
  );
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv },
    key,
    new TextEncoder().encode(JSON.stringify(services)),
  );
  const b64 = (bytes: ArrayBuffer | Uint8Array) =>
    Buffer.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)).toString('base64');
  const plain = JSON.parse(readFixture('2fas-plain.2fas')) as Record<string, unknown>;
  return JSON.stringify({
    ...plain,
    services: [],
    servicesEncrypted: `${b64(data)}:${b64(salt)}:${b64(iv)}`,
  });
}

describe('encrypted 2FAS backups', () => {
  const services = (JSON.parse(readFixture('2fas-plain.2fas')) as { services: unknown[] }).services;

  it('reads the same accounts as the plain backup', async () => {
    const file = await encryptTwofas(services, PASSPHRASE);
    const plain = await importBackup(readFixture('2fas-plain.2fas'));
    const encrypted = await importBackup(file, PASSPHRASE);
    expect(encrypted.format).toBe('2fas-encrypted');
    expect(encrypted.accounts).toEqual(plain.accounts);
    expect(encrypted.skipped).toEqual(plain.skipped);
  });

  it('refuses a wrong passphrase and asks for a missing one', async () => {
    const file = await encryptTwofas(services, PASSPHRASE);
    await expectHavenError(importBackup(file, `${PASSPHRASE}!`), 'backup/wrong-password');
    await expectHavenError(importBackup(file), 'backup/passphrase-required');
  });

  it('names the account after the label of its link when the service has no account name', async () => {
    const service = {
      name: 'GitHub',
      secret: 'KOCK222AHLNV4TW6',
      otp: {
        link: 'otpauth://totp/GitHub:Test-acc?secret=KOCK222AHLNV4TW6&issuer=GitHub',
        account: '',
        issuer: 'GitHub',
        tokenType: 'TOTP',
      },
    };
    const { accounts } = await importBackup(
      JSON.stringify({ services: [service], schemaVersion: 4 }),
    );
    expect(accounts.map(({ account }) => [account.issuer, account.account])).toEqual([
      ['GitHub', 'Test-acc'],
    ]);
  });
});

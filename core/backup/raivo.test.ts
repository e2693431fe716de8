/** Raivo's export as Raivo writes it: a password ZIP (sealed here with zip.js) holding its JSON list. */
import { TextReader, Uint8ArrayWriter, ZipWriter } from '@zip.js/zip.js/index-native.js';
import { describe, expect, it } from 'vitest';
import { importBackup } from './import-backup.ts';
import { expectHavenError } from './test-support.ts';

const LIST = [
  {
    kind: 'TOTP',
    issuer: 'C-point',
    account: '12345678',
    secret: 'GEZDGNBVGY3TQOJQ',
    algorithm: 'SHA256',
    digits: '8',
    timer: '60',
    counter: '0',
  },
  {
    kind: 'HOTP',
    issuer: 'Webmail',
    account: 'jan',
    secret: 'MFRGGZDFMZTWQ2LK',
    algorithm: 'SHA1',
    digits: '6',
    timer: '30',
    counter: '7',
  },
];

async function raivoZip(password: string): Promise<Uint8Array> {
  const writer = new ZipWriter(new Uint8ArrayWriter(), { password, zipCrypto: true });
  await writer.add('raivo-otp-export.json', new TextReader(JSON.stringify(LIST)));
  return writer.close();
}

describe('Raivo exports', () => {
  it('opens the password ZIP and reads numbers written as strings', async () => {
    const { format, accounts } = await importBackup(await raivoZip('kaai-12'), 'kaai-12');
    expect(format).toBe('raivo-zip');
    expect(accounts.map(({ account }) => account)).toEqual([
      {
        type: 'totp',
        issuer: 'C-point',
        account: '12345678',
        secret: 'GEZDGNBVGY3TQOJQ',
        algorithm: 'SHA256',
        digits: 8,
        period: 60,
      },
      {
        type: 'hotp',
        issuer: 'Webmail',
        account: 'jan',
        secret: 'MFRGGZDFMZTWQ2LK',
        algorithm: 'SHA1',
        digits: 6,
        counter: 7,
      },
    ]);
  });

  it('refuses a wrong password and asks for a missing one', async () => {
    const zip = await raivoZip('kaai-12');
    await expectHavenError(importBackup(zip, 'kaai-13'), 'backup/wrong-password');
    await expectHavenError(importBackup(zip), 'backup/passphrase-required');
  });
});

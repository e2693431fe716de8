/** The import caps refuse with typed errors before anything costly runs. */
import { TextReader, Uint8ArrayWriter, ZipWriter } from '@zip.js/zip.js/index-native.js';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, MAX_UNZIPPED_BYTES } from './caps.ts';
import { deriveArgon2id, derivePbkdf2 } from './foreign-crypto.ts';
import { importBackup } from './import-backup.ts';
import { expectHavenError } from './test-support.ts';

describe('import caps', () => {
  it('refuses a file over the size cap as backup/too-large', async () => {
    await expectHavenError(importBackup(new Uint8Array(MAX_IMPORT_BYTES + 1)), 'backup/too-large');
  });

  it('reads a file just under the size cap', async () => {
    const line = 'otpauth://totp/A:b?secret=JBSWY3DPEHPK3PXP&issuer=A\n';
    const text = line + ' '.repeat(MAX_IMPORT_BYTES - line.length - 1);
    expect((await importBackup(text)).accounts).toHaveLength(1);
  });

  it('refuses a ZIP whose directory says it unpacks past the cap, before inflating it', async () => {
    const writer = new ZipWriter(new Uint8ArrayWriter());
    await writer.add('Proton Pass/data.json', new TextReader('{}'));
    const zip = await writer.close();
    // A zip bomb's directory tells the truth about its size: claim 1 byte over the cap.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    for (let at = 0; at + 4 <= zip.length; at++) {
      if (view.getUint32(at, true) === 0x02014b50)
        view.setUint32(at + 24, MAX_UNZIPPED_BYTES + 1, true);
    }
    await expectHavenError(importBackup(zip), 'backup/too-costly');
  });

  it.each([
    [
      'Argon2id asking for 1 GiB',
      () =>
        deriveArgon2id('p', new Uint8Array(16), {
          memoryKiB: 1024 * 1024,
          iterations: 1,
          parallelism: 1,
        }),
    ],
    [
      'Argon2id asking for 1000 passes',
      () =>
        deriveArgon2id('p', new Uint8Array(16), {
          memoryKiB: 64,
          iterations: 1000,
          parallelism: 1,
        }),
    ],
    [
      'PBKDF2 asking for 20 million iterations',
      () => derivePbkdf2('p', new Uint8Array(16), 20_000_000, 'SHA-256'),
    ],
  ])('refuses %s as backup/too-costly', async (_name, derive) => {
    await expectHavenError(derive(), 'backup/too-costly');
  });
});

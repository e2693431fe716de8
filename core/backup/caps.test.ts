/** The import caps refuse with typed errors before anything costly runs. */
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from './caps.ts';
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

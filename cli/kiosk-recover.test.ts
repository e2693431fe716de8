import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { importAdminPublicKey, sealVaultForAdmin } from '../core/vault/admin-slot.ts';
import { exportSealedVault, parseReenrolment } from '../core/vault/vault-file.ts';
import { createVault } from '../core/vault/index.ts';
import { ARGON2_FLOOR } from '../core/vault/kdf.ts';
import { openTestDb } from '../core/vault/test-helpers.ts';

const bin = fileURLToPath(new URL('../bin/havencode.js', import.meta.url));
const run = promisify(execFile);
const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;

/** IT's key pair as files (PEM and JWK), and a sealed export of a vault sealed to it. */
async function setUp() {
  const dir = await mkdtemp(join(tmpdir(), 'havencode-recover-'));
  const pair = await crypto.subtle.generateKey(ECDH, true, ['deriveBits']);
  const pkcs8 = Buffer.from(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  const pem = `-----BEGIN PRIVATE KEY-----\n${pkcs8.toString('base64')}\n-----END PRIVATE KEY-----\n`;
  await writeFile(join(dir, 'it.pem'), pem);
  const other = await crypto.subtle.generateKey(ECDH, true, ['deriveBits']);
  await writeFile(
    join(dir, 'other.jwk'),
    JSON.stringify(await crypto.subtle.exportKey('jwk', other.privateKey)),
  );

  const { db } = await openTestDb();
  const { session } = await createVault(db, { name: 'Jan', pin: '123456', kdf: ARGON2_FLOOR });
  const publicJwk = JSON.stringify(await crypto.subtle.exportKey('jwk', pair.publicKey));
  await sealVaultForAdmin(
    db,
    session.vaultId,
    await session.exportKey(),
    await importAdminPublicKey(publicJwk),
    0,
  );
  await writeFile(join(dir, 'jan.sealed.json'), await exportSealedVault(db, session.vaultId));
  return { dir, vaultId: session.vaultId };
}

describe('havencode kiosk-recover', () => {
  it('writes a re-enrolment file and prints its one-time code', async () => {
    const { dir, vaultId } = await setUp();
    const out = join(dir, 'jan.reenrol.json');
    const { stdout } = await run(process.execPath, [
      bin,
      'kiosk-recover',
      '--key',
      join(dir, 'it.pem'),
      join(dir, 'jan.sealed.json'),
      '--out',
      out,
    ]);
    expect(stdout).toMatch(/one-time code \(give it to Jan apart from the file\): [A-Z0-9-]+\n$/);
    const reenrolment = parseReenrolment(await readFile(out, 'utf8'));
    expect(reenrolment.profile.id).toBe(vaultId);
  });

  it('refuses a private key the vault is not sealed to: one line, exit 2', async () => {
    const { dir } = await setUp();
    const args = ['kiosk-recover', '--key', join(dir, 'other.jwk'), join(dir, 'jan.sealed.json')];
    const failure = await run(process.execPath, [bin, ...args, '--out', join(dir, 'x.json')]).catch(
      (error: unknown) => error as { code: number; stderr: string },
    );
    expect(failure).toMatchObject({
      code: 2,
      stderr: 'havencode: this private key does not open the vault\n',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { isHavenError } from '../errors.ts';
import { updateVaultRow } from '../storage/repository.ts';
import { copyBytes } from './bytes.ts';
import { ARGON2_FLOOR } from './kdf.ts';
import { makeAccount, openTestDb } from './test-helpers.ts';
import { createVault, unlockWithRecoveryCode } from './index.ts';
import { importAdminPublicKey, sealToAdmin } from './admin-slot.ts';
import { recoverSealedVault } from './admin-recover.ts';
import { exportSealedVault, parseReenrolment, storeVaultRows } from './vault-file.ts';

const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;

async function keyPair() {
  const pair = await crypto.subtle.generateKey(ECDH, true, ['deriveBits']);
  return { pair, jwk: JSON.stringify(await crypto.subtle.exportKey('jwk', pair.publicKey)) };
}

/** A worker's vault with one account and an admin slot sealed to `adminJwk`; its sealed export. */
async function sealedWorker(adminJwk: string) {
  const { db } = await openTestDb();
  const { session } = await createVault(db, { name: 'Jan', pin: '123456', kdf: ARGON2_FLOOR });
  await session.addAccounts([makeAccount('jan')]);
  const adminSlot = await sealToAdmin(
    copyBytes(await session.exportKey()),
    session.vaultId,
    await importAdminPublicKey(adminJwk),
    0,
  );
  await updateVaultRow(db, session.vaultId, (row) => ({ ...row, adminSlot }));
  return { vaultId: session.vaultId, sealed: await exportSealedVault(db, session.vaultId) };
}

describe('administrator recovery', () => {
  it('re-enrols a vault on another PC with the same accounts, using only IT’s private key', async () => {
    const it = await keyPair();
    const { vaultId, sealed } = await sealedWorker(it.jwk);
    const { file, code, name } = await recoverSealedVault(sealed, it.pair.privateKey, 1);
    expect(name).toBe('Jan');

    const { db } = await openTestDb();
    const reenrolment = parseReenrolment(file);
    await storeVaultRows(db, reenrolment);
    const session = await unlockWithRecoveryCode(db, vaultId, code);
    expect((await session.listAccounts()).map((a) => a.account.issuer)).toEqual(['Issuerjan']);
    expect((await session.listSlots()).some((s) => s.id === reenrolment.reenrolSlotId)).toBe(true);
  });

  it('refuses another private key', async () => {
    const [it, other] = [await keyPair(), await keyPair()];
    const { sealed } = await sealedWorker(it.jwk);
    const failure = await recoverSealedVault(sealed, other.pair.privateKey, 1).catch(
      (e: unknown) => e,
    );
    expect(isHavenError(failure) && failure.code).toBe('kiosk/wrong-admin-key');
  });

  it.each([
    ['not JSON', 'nope'],
    ['a private key', JSON.stringify({ kty: 'EC', crv: 'P-256', x: 'a', y: 'b', d: 'c' })],
    ['an RSA key', JSON.stringify({ kty: 'RSA', n: 'AQAB', e: 'AQAB' })],
  ])('refuses %s as the policy’s admin key', async (_name, text) => {
    const failure = await importAdminPublicKey(text).catch((e: unknown) => e);
    expect(isHavenError(failure) && failure.code).toBe('kiosk/bad-admin-key');
  });

  it('reads an SPKI base64 key as well', async () => {
    const { pair } = await keyPair();
    const spki = Buffer.from(await crypto.subtle.exportKey('spki', pair.publicKey)).toString(
      'base64',
    );
    expect((await importAdminPublicKey(spki)).algorithm.name).toBe('ECDH');
  });
});

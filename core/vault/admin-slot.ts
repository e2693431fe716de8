/**
 * The administrator recovery slot (kiosk mode): each worker's data key is
 * also sealed to port IT's P-256 public key, so a worker who lost their
 * security key can be re-enrolled without losing accounts. Sealing needs
 * only the public key, which the policy carries; opening needs IT's private
 * key, which never is on the PC. ECIES-style, all WebCrypto: an ephemeral
 * ECDH key pair per seal, HKDF-SHA256 over the shared secret, AES-256-GCM.
 */
import { HavenError } from '../errors.ts';
import type { HavenDb } from '../storage/db.ts';
import { getVaultRow, updateVaultRow } from '../storage/repository.ts';
import type { AdminSlotRow } from '../storage/schema.ts';
import { importAeadKey, openBytes, sealBytes } from './aead.ts';
import { copyBytes, encodeUtf8, generateRandomBytes, type Bytes } from './bytes.ts';
import { deriveHkdfKey } from './kdf.ts';

const ADMIN_INFO = 'havencode/admin-slot/v1';
const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;

/**
 * Imports IT's public key as the policy carries it: a JWK (JSON text) or
 * SPKI in base64. 'kiosk/bad-admin-key' when it is neither, or not P-256.
 */
export async function importAdminPublicKey(text: string): Promise<CryptoKey> {
  const trimmed = text.trim();
  try {
    if (trimmed.startsWith('{')) {
      const jwk = JSON.parse(trimmed) as JsonWebKey;
      // A private key has no place on the PC: refuse it rather than use its public half.
      if (jwk.d !== undefined) throw new TypeError('a private key in the policy');
      return await crypto.subtle.importKey('jwk', { ...jwk, key_ops: [] }, ECDH, true, []);
    }
    return await crypto.subtle.importKey('spki', decodeBase64(trimmed), ECDH, true, []);
  } catch (cause) {
    throw new HavenError(
      'kiosk/bad-admin-key',
      'the administrator key is not a P-256 public key (JWK or SPKI base64)',
      { cause },
    );
  }
}

/** Which administrator key this is: SHA-256 of its SPKI, hex. */
export async function adminKeyId(publicKey: CryptoKey): Promise<string> {
  const spki = await crypto.subtle.exportKey('spki', publicKey);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', spki));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Seals `dataKey` of vault `vaultId` to the administrator's public key. */
export async function sealToAdmin(
  dataKey: Bytes,
  vaultId: string,
  adminKey: CryptoKey,
  now: number,
): Promise<AdminSlotRow> {
  const ephemeral = await crypto.subtle.generateKey(ECDH, true, ['deriveBits']);
  const shared = await crypto.subtle.deriveBits(
    { name: 'ECDH', public: adminKey },
    ephemeral.privateKey,
    256,
  );
  const salt = generateRandomBytes(16);
  const keyId = await adminKeyId(adminKey);
  const kek = await deriveHkdfKey(copyBytes(shared), salt, ADMIN_INFO);
  return {
    keyId,
    createdAt: now,
    ephemeralPublicKey: copyBytes(await crypto.subtle.exportKey('raw', ephemeral.publicKey)),
    salt,
    wrapped: await sealBytes(await importAeadKey(kek), dataKey, adminAad(vaultId, keyId)),
  };
}

/**
 * The data key behind an admin slot, with IT's private ECDH key (offline,
 * in `havencode kiosk-recover`). 'kiosk/wrong-admin-key' when the key is not
 * the one the slot was sealed to.
 */
export async function openAdminSlot(
  slot: AdminSlotRow,
  vaultId: string,
  privateKey: CryptoKey,
): Promise<Bytes> {
  const ephemeral = await crypto.subtle.importKey('raw', slot.ephemeralPublicKey, ECDH, false, []);
  const shared = await crypto.subtle.deriveBits(
    { name: 'ECDH', public: ephemeral },
    privateKey,
    256,
  );
  const kek = await deriveHkdfKey(copyBytes(shared), slot.salt, ADMIN_INFO);
  try {
    return await openBytes(await importAeadKey(kek), slot.wrapped, adminAad(vaultId, slot.keyId));
  } catch (cause) {
    throw new HavenError('kiosk/wrong-admin-key', 'this private key does not open the vault', {
      cause,
    });
  }
}

function adminAad(vaultId: string, keyId: string): Bytes {
  return encodeUtf8(`${vaultId}/admin-slot/${keyId}`);
}

function decodeBase64(text: string): Bytes {
  const binary = atob(text.replace(/\s+/g, ''));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** Seals a vault's data key to IT's key and stores it, unless it is sealed to that key already. */
export async function sealVaultForAdmin(
  db: HavenDb,
  vaultId: string,
  dataKey: Uint8Array,
  adminKey: CryptoKey,
  now: number,
): Promise<void> {
  const keyId = await adminKeyId(adminKey);
  if ((await getVaultRow(db, vaultId)).adminSlot?.keyId === keyId) return;
  const adminSlot = await sealToAdmin(copyBytes(dataKey), vaultId, adminKey, now);
  await updateVaultRow(db, vaultId, (row) => ({ ...row, adminSlot }));
}

/**
 * FreeOTP 2 backups (externalBackup.xml, really a serialized Java HashMap):
 * `masterKey` holds a key wrapped with AES-GCM under PBKDF2 of the passphrase;
 * each token's secret is wrapped under that key, and `<uuid>-token` holds its
 * parameters (as Aegis' FreeOtpImporter reads them). Each wrap authenticates
 * its `mToken` (the key's algorithm name) and stores its GCM nonce as ASN.1 DER.
 */
import { HavenError } from '../errors.ts';
import { encodeUtf8, type Bytes } from '../vault/bytes.ts';
import { corrupt, parseJson, requireObject } from './encoding.ts';
import { collectEntries } from './entry.ts';
import { decryptAesGcm, derivePbkdf2, type Pbkdf2Hash } from './foreign-crypto.ts';
import { nameFreeotpToken, readFreeotpToken, readJavaBytes } from './freeotp-token.ts';
import { readJavaStringMap } from './java-hashmap.ts';
import type { ReadEntries } from './types.ts';

const KDFS: Record<string, Pbkdf2Hash> = {
  PBKDF2withHmacSHA1: 'SHA-1',
  PBKDF2withHmacSHA512: 'SHA-512',
};
const DER_SEQUENCE = 0x30;
const DER_OCTET_STRING = 0x04;

/** Decrypts and reads a FreeOTP 2 backup; 'backup/wrong-password' when the master key does not open. */
export async function readFreeotp2Backup(bytes: Bytes, passphrase: string): Promise<ReadEntries> {
  const map = readJavaStringMap(bytes);
  const masterKey = await openMasterKey(
    readJsonObject(map.get('masterKey'), 'masterKey'),
    passphrase,
  );
  const ids = [...map.keys()].filter((key) => key !== 'masterKey' && !key.endsWith('-token'));
  const tokens = await Promise.all(
    ids.map(async (id) => {
      const token = readJsonObject(map.get(`${id}-token`), `token ${id}`);
      const wrapped = readJsonObject(readJsonObject(map.get(id), `key ${id}`).key, `key ${id}`);
      return { token, secret: await unwrap(masterKey, wrapped) };
    }),
  );
  return collectEntries(
    tokens,
    ({ token, secret }) => readFreeotpToken(token, secret),
    ({ token }, index) => nameFreeotpToken(token, index),
  );
}

async function openMasterKey(master: Record<string, unknown>, passphrase: string): Promise<Bytes> {
  const hash = KDFS[String(master.mAlgorithm)];
  if (hash === undefined) {
    throw new HavenError(
      'backup/unsupported',
      `FreeOTP key derivation ${String(master.mAlgorithm)} is unknown.`,
    );
  }
  const salt = readJavaBytes(master.mSalt, 'masterKey salt');
  const iterations = typeof master.mIterations === 'number' ? master.mIterations : Number.NaN;
  const key = await derivePbkdf2(passphrase, salt, iterations, hash);
  return unwrap(key, requireObject(master.mEncryptedKey, 'masterKey key'));
}

// A wrong key fails GCM's tag: for the master key that is a wrong passphrase.
async function unwrap(key: Uint8Array, wrapped: Record<string, unknown>): Promise<Bytes> {
  if (wrapped.mCipher !== 'AES/GCM/NoPadding') throw corrupt('a FreeOTP key is not AES-GCM');
  return decryptAesGcm(
    key,
    readNonce(readJavaBytes(wrapped.mParameters, 'key parameters')),
    readJavaBytes(wrapped.mCipherText, 'key ciphertext'),
    encodeUtf8(String(wrapped.mToken)),
  );
}

// GCMParameters ::= SEQUENCE { nonce OCTET STRING, icvLen INTEGER } (RFC 5084), or a bare OCTET STRING.
function readNonce(der: Uint8Array): Uint8Array {
  const at = der[0] === DER_SEQUENCE ? 2 : 0;
  const length = der[at + 1] ?? 0;
  if (der[at] !== DER_OCTET_STRING || length < 1 || length > 127 || at + 2 + length > der.length) {
    throw corrupt('a FreeOTP key has no GCM nonce');
  }
  return der.subarray(at + 2, at + 2 + length);
}

function readJsonObject(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'string') throw corrupt(`${field} is missing`);
  return requireObject(parseJson(value), field);
}

/**
 * Writing Aegis vault files (https://github.com/beemdevelopment/Aegis/blob/master/docs/vault.md),
 * the format most other authenticators read. Plain: `db` as JSON. Encrypted:
 * a random master key seals `db` with AES-256-GCM; one password slot wraps the
 * master key under scrypt (N=2^15, r=8, p=1, as Aegis writes) of the passphrase.
 * Nonces and tags are hex, the sealed `db` base64, as Aegis stores them.
 */
import { scrypt } from 'hash-wasm';
import type { OtpAccount } from '../otp/account.ts';
import { encodeUtf8, generateRandomBytes, type Bytes } from '../vault/bytes.ts';
import { assertPinAcceptable } from '../vault/slots.ts';
import { encodeBase64 } from './encoding.ts';

/** The scrypt cost of the password slot; tests pass a cheaper one. */
export interface AegisScrypt {
  n: number;
  r: number;
  p: number;
}

const AEGIS_SCRYPT: AegisScrypt = { n: 2 ** 15, r: 8, p: 1 };
const PASSWORD_SLOT = 1;
const TAG_BYTES = 16;

/** The accounts as a plain Aegis vault (secrets in clear: the UI asks first). */
export function exportAegisPlain(accounts: readonly OtpAccount[]): string {
  return JSON.stringify(
    { version: 1, header: { slots: null, params: null }, db: writeDb(accounts) },
    null,
    2,
  );
}

/** The accounts as an encrypted Aegis vault that Aegis opens with `passphrase`. */
export async function exportAegisEncrypted(
  accounts: readonly OtpAccount[],
  passphrase: string,
  cost: AegisScrypt = AEGIS_SCRYPT,
): Promise<string> {
  assertPinAcceptable(passphrase);
  const masterKey = generateRandomBytes(32);
  const salt = generateRandomBytes(32);
  const slotKey = new Uint8Array(
    await scrypt({
      password: encodeUtf8(passphrase),
      salt,
      costFactor: cost.n,
      blockSize: cost.r,
      parallelism: cost.p,
      hashLength: 32,
      outputType: 'binary',
    }),
  );
  const wrapped = await sealGcm(slotKey, masterKey);
  const db = await sealGcm(masterKey, encodeUtf8(JSON.stringify(writeDb(accounts))));
  const slot = {
    type: PASSWORD_SLOT,
    uuid: crypto.randomUUID(),
    key: toHex(wrapped.ciphertext),
    key_params: { nonce: toHex(wrapped.nonce), tag: toHex(wrapped.tag) },
    n: cost.n,
    r: cost.r,
    p: cost.p,
    salt: toHex(salt),
    repaired: true,
    is_backup: false,
  };
  const header = { slots: [slot], params: { nonce: toHex(db.nonce), tag: toHex(db.tag) } };
  return JSON.stringify({ version: 1, header, db: encodeBase64(db.ciphertext) }, null, 2);
}

function writeDb(accounts: readonly OtpAccount[]) {
  return { version: 3, entries: accounts.map(writeEntry), groups: [] };
}

function writeEntry(account: OtpAccount) {
  const info = {
    secret: account.secret,
    algo: account.algorithm,
    digits: account.digits,
    ...(account.type === 'totp' ? { period: account.period } : { counter: account.counter }),
  };
  return {
    type: account.type,
    uuid: crypto.randomUUID(),
    name: account.account,
    issuer: account.issuer ?? '',
    note: '',
    favorite: false,
    icon: null,
    info,
    groups: [],
  };
}

// WebCrypto appends the GCM tag; Aegis keeps it apart.
async function sealGcm(rawKey: Bytes, plaintext: Bytes) {
  const nonce = generateRandomBytes(12);
  const key = await crypto.subtle.importKey('raw', rawKey, 'AES-GCM', false, ['encrypt']);
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonce }, key, plaintext),
  );
  return {
    nonce,
    ciphertext: sealed.subarray(0, sealed.length - TAG_BYTES),
    tag: sealed.subarray(sealed.length - TAG_BYTES),
  };
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Aegis vault files, plain and encrypted
 * (https://github.com/beemdevelopment/Aegis/blob/master/docs/vault.md):
 * password slots derive a key with scrypt that unwraps the master key
 * (AES-256-GCM, hex nonce and detached tag); the master key opens `db`.
 */
import { scrypt } from 'hash-wasm';
import { HavenError } from '../errors.ts';
import { importAeadKey, IV_BYTES, KEY_BYTES, openBytes } from '../vault/aead.ts';
import { decodeUtf8, encodeUtf8, type Bytes } from '../vault/bytes.ts';
import {
  asObject,
  concatBytes,
  corrupt,
  decodeBase64,
  decodeHex,
  parseJson,
  requireArray,
  requireInteger,
  requireObject,
} from './encoding.ts';
import {
  assertCost,
  MAX_PASSWORD_SLOTS,
  MAX_SCRYPT_BYTES,
  MAX_SCRYPT_PARALLELISM,
} from './caps.ts';
import { buildAccount, describeEntry } from './entry.ts';
import type { ImportedEntry } from './types.ts';

const PASSWORD_SLOT = 1;
const TAG_BYTES = 16;

/** True when an Aegis file's header carries slots, i.e. its `db` is encrypted. */
export function isAegisEncrypted(file: Record<string, unknown>): boolean {
  const header = asObject(file.header);
  return header !== undefined && header.slots !== null && header.slots !== undefined;
}

/** The entries of a plain Aegis file. */
export function readAegisPlain(file: Record<string, unknown>): unknown[] {
  return readEntries(file.db);
}

/**
 * Decrypts an encrypted Aegis file to its entries: 'backup/wrong-password' when
 * no password slot opens with `passphrase`, 'backup/corrupt' when `db` fails.
 */
export async function readAegisEncrypted(
  file: Record<string, unknown>,
  passphrase: string,
): Promise<unknown[]> {
  const header = requireObject(file.header, 'header');
  const slots = requireArray(header.slots, 'header.slots').map((slot, index) =>
    requireObject(slot, `slot ${index + 1}`),
  );
  const passwordSlots = slots.filter((slot) => slot.type === PASSWORD_SLOT);
  if (passwordSlots.length === 0) {
    throw new HavenError(
      'backup/unsupported',
      'This Aegis vault has no password slot: export it from Aegis with a password.',
    );
  }
  // Each slot costs a scrypt run: a crafted file must not make the user wait for hundreds.
  assertCost('password slots', passwordSlots.length, MAX_PASSWORD_SLOTS);
  const masterKey = await openPasswordSlots(passwordSlots, passphrase);
  const params = requireObject(header.params, 'header.params');
  const sealed = concatBytes(
    decodeBase64(file.db, 'db'),
    decodeHex(params.tag, 'header.params.tag', TAG_BYTES),
  );
  const plaintext = await decryptGcm(
    masterKey,
    decodeHex(params.nonce, 'header.params.nonce', IV_BYTES),
    sealed,
  ).catch((cause: unknown) => {
    throw corrupt('the encrypted Aegis vault was changed', cause);
  });
  return readEntries(parseJson(decodeUtf8(plaintext)));
}

/** Reads one Aegis entry: totp and hotp are kept, steam, yandex, motp… are skipped. */
export function readAegisEntry(item: unknown, index: number): ImportedEntry {
  const entry = requireObject(item, `entry ${index + 1}`);
  const info = requireObject(entry.info, `entry ${index + 1} info`);
  return {
    account: buildAccount({
      type: entry.type,
      issuer: entry.issuer,
      account: entry.name,
      secret: info.secret,
      algorithm: info.algo,
      digits: info.digits,
      period: info.period,
      counter: info.counter,
    }),
  };
}

/** "Issuer: name" of an Aegis entry, for the list of skipped entries. */
export function nameAegisEntry(item: unknown, index: number): string {
  const entry = asObject(item);
  return describeEntry(entry?.issuer, entry?.name, `Entry ${index + 1}`);
}

function readEntries(db: unknown): unknown[] {
  return requireArray(requireObject(db, 'db').entries, 'db.entries');
}

async function openPasswordSlots(
  slots: Record<string, unknown>[],
  passphrase: string,
): Promise<Bytes> {
  const failures: unknown[] = [];
  for (const [index, slot] of slots.entries()) {
    const field = `slot ${index + 1}`;
    const kek = await deriveSlotKey(slot, passphrase, field);
    const params = requireObject(slot.key_params, `${field} key_params`);
    const wrapped = concatBytes(
      decodeHex(slot.key, `${field} key`, KEY_BYTES),
      decodeHex(params.tag, `${field} tag`, TAG_BYTES),
    );
    const nonce = decodeHex(params.nonce, `${field} nonce`, IV_BYTES);
    try {
      return await decryptGcm(kek, nonce, wrapped);
    } catch (cause) {
      failures.push(cause);
    }
  }
  throw new HavenError('backup/wrong-password', 'This passphrase does not open the Aegis vault.', {
    cause: failures[0],
  });
}

async function deriveSlotKey(
  slot: Record<string, unknown>,
  passphrase: string,
  field: string,
): Promise<Bytes> {
  const n = requireInteger(slot.n, `${field} n`, 2, 2 ** 30);
  const r = requireInteger(slot.r, `${field} r`, 1, 1024);
  const p = requireInteger(slot.p, `${field} p`, 1, 1024);
  // scrypt needs N a power of two; it takes 128·N·r bytes of memory and p times the work.
  if ((n & (n - 1)) !== 0) throw corrupt(`${field} asks for scrypt N=${n}, not a power of two`);
  assertCost('scrypt memory (bytes)', 128 * n * r, MAX_SCRYPT_BYTES);
  assertCost('scrypt parallelism', p, MAX_SCRYPT_PARALLELISM);
  const hash = await scrypt({
    password: encodeUtf8(passphrase),
    salt: decodeHex(slot.salt, `${field} salt`),
    costFactor: n,
    blockSize: r,
    parallelism: p,
    hashLength: KEY_BYTES,
    outputType: 'binary',
  });
  return new Uint8Array(hash);
}

// Aegis authenticates no AAD; GCM with an empty AAD is the same computation.
async function decryptGcm(rawKey: Bytes, iv: Bytes, ciphertext: Bytes): Promise<Bytes> {
  return openBytes(await importAeadKey(rawKey), { iv, ciphertext }, new Uint8Array());
}

/**
 * Havencode's own backup file: JSON with the KDF parameters in clear and the
 * accounts sealed, in the vault's slot design. A random data key seals the
 * payload; a key derived from the passphrase wraps the data key. So a wrong
 * passphrase (the wrap fails) is told apart from a damaged file (the payload
 * fails), and the payload's AAD binds the whole header.
 */
import { HavenError } from '../errors.ts';
import type { OtpAccount } from '../otp/account.ts';
import {
  generateKeyBytes,
  importAeadKey,
  IV_BYTES,
  KEY_BYTES,
  openBytes,
  sealBytes,
} from '../vault/aead.ts';
import { decodeUtf8, encodeUtf8, generateRandomBytes, type Bytes } from '../vault/bytes.ts';
import {
  ARGON2_FLOOR,
  ARGON2_START,
  PBKDF2_PARAMS,
  assertKdfStrength,
  derivePasswordKey,
  type KdfParams,
} from '../vault/kdf.ts';
import type { AccountRecord } from '../vault/records.ts';
import { assertPinAcceptable } from '../vault/slots.ts';
import {
  corrupt,
  decodeBase64,
  encodeBase64,
  parseJson,
  requireArray,
  requireInteger,
  requireObject,
} from './encoding.ts';
import {
  assertCost,
  MAX_ARGON2_ITERATIONS,
  MAX_ARGON2_MEMORY_KIB,
  MAX_ARGON2_PARALLELISM,
  MAX_PBKDF2_ITERATIONS,
} from './caps.ts';
import { writePayload } from './havencode-payload.ts';

/** The `format` field that names a Havencode backup. */
export const HAVENCODE_FORMAT = 'havencode-backup';
const VERSION = 1;
const SALT_BYTES = 16;
const TAG_BYTES = 16;
const KEY_AAD = encodeUtf8(`${HAVENCODE_FORMAT}/v${VERSION}/data-key`);

/** Options of exportEncryptedBackup: the KDF cost (checked against the floor) and the clock. */
export interface ExportOptions {
  kdf?: KdfParams;
  now?: number;
}

interface Header {
  createdAt: string;
  kdf: KdfParams;
  salt: Bytes;
}

/**
 * Writes accounts (or vault records, with their label and links; soft-deleted
 * ones are left out) as an encrypted backup file under `passphrase`, which
 * follows the vault's PIN rule. Argon2id at ARGON2_START by default.
 */
export async function exportEncryptedBackup(
  records: AccountRecord[] | OtpAccount[],
  passphrase: string,
  options: ExportOptions = {},
): Promise<string> {
  assertPinAcceptable(passphrase);
  const kdf = options.kdf ?? ARGON2_START;
  assertKdfStrength(kdf);
  const header: Header = {
    createdAt: new Date(options.now ?? Date.now()).toISOString(),
    kdf,
    salt: generateRandomBytes(SALT_BYTES),
  };
  const dataKey = generateKeyBytes();
  const kek = await importAeadKey(await derivePasswordKey(passphrase, header.salt, kdf));
  const wrapped = await sealBytes(kek, dataKey, KEY_AAD);
  const payload = encodeUtf8(JSON.stringify(writePayload(records)));
  const sealed = await sealBytes(await importAeadKey(dataKey), payload, headerAad(header));
  return JSON.stringify(
    {
      format: HAVENCODE_FORMAT,
      version: VERSION,
      createdAt: header.createdAt,
      kdf: { ...kdf, salt: encodeBase64(header.salt) },
      key: { iv: encodeBase64(wrapped.iv), ciphertext: encodeBase64(wrapped.ciphertext) },
      iv: encodeBase64(sealed.iv),
      ciphertext: encodeBase64(sealed.ciphertext),
    },
    null,
    2,
  );
}

/**
 * Decrypts a parsed Havencode backup to its raw entries (checked by the caller):
 * 'backup/wrong-password' when the passphrase does not open the data key (or the
 * salt or wrapped key was changed: the two cannot be told apart), 'backup/corrupt'
 * for a changed date, IV or payload, 'backup/unsupported' for a newer version.
 */
export async function openHavencodeBackup(
  file: Record<string, unknown>,
  passphrase: string,
): Promise<unknown[]> {
  if (file.version !== VERSION) {
    throw new HavenError(
      'backup/unsupported',
      `This backup has version ${JSON.stringify(file.version)}; this Havencode reads version ${VERSION}.`,
    );
  }
  const header = readHeader(file);
  const key = requireObject(file.key, 'key');
  const wrapped = {
    iv: requireLength(decodeBase64(key.iv, 'key.iv'), IV_BYTES, 'key.iv'),
    ciphertext: requireLength(
      decodeBase64(key.ciphertext, 'key.ciphertext'),
      KEY_BYTES + TAG_BYTES,
      'key.ciphertext',
    ),
  };
  const sealed = {
    iv: requireLength(decodeBase64(file.iv, 'iv'), IV_BYTES, 'iv'),
    ciphertext: decodeBase64(file.ciphertext, 'ciphertext'),
  };
  const kek = await importAeadKey(await derivePasswordKey(passphrase, header.salt, header.kdf));
  const dataKey = await openBytes(kek, wrapped, KEY_AAD).catch((cause: unknown) => {
    throw new HavenError('backup/wrong-password', 'This passphrase does not open the backup.', {
      cause,
    });
  });
  const plaintext = await openBytes(await importAeadKey(dataKey), sealed, headerAad(header)).catch(
    (cause: unknown) => {
      throw corrupt('the encrypted accounts were changed', cause);
    },
  );
  const payload = requireObject(parseJson(decodeUtf8(plaintext)), 'payload');
  return requireArray(payload.accounts, 'payload accounts');
}

// The header as AAD, field by field in a fixed order: key order in the file does not matter.
function headerAad({ createdAt, kdf, salt }: Header): Bytes {
  const cost =
    kdf.algorithm === 'argon2id'
      ? [kdf.algorithm, kdf.memoryKiB, kdf.iterations, kdf.parallelism]
      : [kdf.algorithm, kdf.iterations];
  return encodeUtf8(
    JSON.stringify([HAVENCODE_FORMAT, VERSION, createdAt, ...cost, encodeBase64(salt)]),
  );
}

function readHeader(file: Record<string, unknown>): Header {
  if (typeof file.createdAt !== 'string') throw corrupt('createdAt is missing');
  const kdf = requireObject(file.kdf, 'kdf');
  const salt = requireLength(decodeBase64(kdf.salt, 'kdf.salt'), SALT_BYTES, 'kdf.salt');
  if (kdf.algorithm === 'argon2id') {
    const params: KdfParams = {
      algorithm: 'argon2id',
      memoryKiB: readCost(
        kdf.memoryKiB,
        'kdf.memoryKiB',
        ARGON2_FLOOR.memoryKiB,
        MAX_ARGON2_MEMORY_KIB,
      ),
      iterations: readCost(
        kdf.iterations,
        'kdf.iterations',
        ARGON2_FLOOR.iterations,
        MAX_ARGON2_ITERATIONS,
      ),
      parallelism: readCost(kdf.parallelism, 'kdf.parallelism', 1, MAX_ARGON2_PARALLELISM),
    };
    return { createdAt: file.createdAt, kdf: params, salt };
  }
  if (kdf.algorithm === 'pbkdf2-sha256') {
    const iterations = readCost(
      kdf.iterations,
      'kdf.iterations',
      PBKDF2_PARAMS.iterations,
      MAX_PBKDF2_ITERATIONS,
    );
    return { createdAt: file.createdAt, kdf: { algorithm: 'pbkdf2-sha256', iterations }, salt };
  }
  throw corrupt('kdf.algorithm is neither argon2id nor pbkdf2-sha256');
}

// Below the floor is a damaged file ('backup/corrupt'); above the cap a refusal ('backup/too-costly').
function readCost(value: unknown, field: string, floor: number, cap: number): number {
  const cost = requireInteger(value, field, floor, Number.MAX_SAFE_INTEGER);
  assertCost(field, cost, cap);
  return cost;
}

function requireLength(bytes: Bytes, length: number, field: string): Bytes {
  if (bytes.length !== length)
    throw corrupt(`${field} has ${bytes.length} bytes, expected ${length}`);
  return bytes;
}

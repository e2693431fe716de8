/**
 * Ente Auth encrypted exports (https://github.com/ente-io/ente, docs "Auth
 * Encrypted Export format"): JSON with `kdfParams` (libsodium crypto_pwhash,
 * i.e. Argon2id: memLimit in bytes, opsLimit passes, base64 salt), and
 * `encryptedData` sealed by crypto_secretstream_xchacha20poly1305 under the
 * derived key with `encryptionNonce` as the stream header. The plaintext is
 * the same otpauth:// lines as Ente's plain export.
 */
import { decodeUtf8 } from '../vault/bytes.ts';
import { corrupt, decodeBase64, requireInteger, requireObject } from './encoding.ts';
import { deriveArgon2id, wrongPassphrase } from './foreign-crypto.ts';
import { openSecretstream } from './secretstream.ts';
import type { ReadEntries } from './types.ts';
import { readUriLines } from './uri-lines.ts';

/** True when `file` has the shape of an Ente encrypted export. */
export function isEnteEncrypted(file: Record<string, unknown>): boolean {
  return (
    'kdfParams' in file &&
    typeof file.encryptedData === 'string' &&
    typeof file.encryptionNonce === 'string'
  );
}

/** Decrypts and reads an Ente encrypted export. */
export async function readEnteEncrypted(
  file: Record<string, unknown>,
  passphrase: string,
): Promise<ReadEntries> {
  const kdf = requireObject(file.kdfParams, 'kdfParams');
  const memLimit = requireInteger(
    kdf.memLimit,
    'kdfParams.memLimit',
    8 * 1024,
    Number.MAX_SAFE_INTEGER,
  );
  const key = await deriveArgon2id(passphrase, decodeBase64(kdf.salt, 'kdfParams.salt'), {
    // libsodium's crypto_pwhash: memLimit in bytes, opsLimit passes, one lane.
    memoryKiB: Math.floor(memLimit / 1024),
    iterations: requireInteger(kdf.opsLimit, 'kdfParams.opsLimit', 1, Number.MAX_SAFE_INTEGER),
    parallelism: 1,
  });
  const opened = openSecretstream(
    key,
    decodeBase64(file.encryptionNonce, 'encryptionNonce'),
    decodeBase64(file.encryptedData, 'encryptedData'),
  );
  if (opened === undefined) throw wrongPassphrase();
  try {
    return readUriLines(decodeUtf8(new Uint8Array(opened.message)));
  } catch (cause) {
    if (cause instanceof TypeError) throw corrupt('the decrypted export is not text', cause);
    throw cause;
  }
}

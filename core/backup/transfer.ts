/**
 * Moving accounts from one Havencode to another without a server: the
 * sender shows a short code and a few QR codes; the accounts (otpauth://
 * lines) are sealed with AES-256-GCM (WebCrypto) under a key that Argon2id
 * (hash-wasm) derives from the short code and a random salt, and the sealed
 * bytes are cut into frames `havencode-transfer:1/<id>/<index>/<total>/<base64url>`.
 * Nothing on screen is readable without the short code, which the QR codes
 * never carry.
 */
import { HavenError, isHavenError } from '../errors.ts';
import type { OtpAccount } from '../otp/account.ts';
import { parseAccountUris } from '../uri/index.ts';
import { importAeadKey, openBytes, sealBytes } from '../vault/aead.ts';
import { decodeUtf8, encodeUtf8, generateRandomBytes, type Bytes } from '../vault/bytes.ts';
import { ARGON2_FLOOR, derivePasswordKey } from '../vault/kdf.ts';
import { concatBytes } from './encoding.ts';
import { parseTransferFrame, TRANSFER_PREFIX } from './transfer-frame.ts';
import { exportOtpauthLines } from './uri-lines.ts';

/** Letters and digits no one mistakes for another (no 0/O, 1/I/L). */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/** 8 characters of 31: about 40 bits, each guess costing an Argon2id run. */
export const TRANSFER_CODE_LENGTH = 8;
/** Sealed bytes per frame: a QR code a phone reads from a screen at a glance. */
export const TRANSFER_FRAME_BYTES = 360;

const SALT_BYTES = 16;
const IV_BYTES = 12;

/** One transfer as the sender shows it. */
export interface SealedTransfer {
  /** The short code to type on the receiving device, shown apart from the QR codes. */
  code: string;
  /** The QR codes' texts, in order. */
  frames: string[];
}

/** Seals `accounts` under a new short code and cuts them into frames. */
export async function sealTransfer(accounts: readonly OtpAccount[]): Promise<SealedTransfer> {
  const code = generateTransferCode();
  const id = toBase64Url(generateRandomBytes(9));
  const salt = generateRandomBytes(SALT_BYTES);
  const key = await transferKey(code, salt);
  const sealed = await sealBytes(key, encodeUtf8(exportOtpauthLines(accounts)), encodeUtf8(id));
  const bytes = concatBytes(salt, sealed.iv, sealed.ciphertext);
  const total = Math.ceil(bytes.length / TRANSFER_FRAME_BYTES);
  const frames = Array.from({ length: total }, (_, index) => {
    const part = bytes.subarray(index * TRANSFER_FRAME_BYTES, (index + 1) * TRANSFER_FRAME_BYTES);
    return `${TRANSFER_PREFIX}${id}/${index}/${total}/${toBase64Url(part)}`;
  });
  return { code, frames };
}

/**
 * The accounts in a complete set of frames (any order), opened with the
 * short code: 'transfer/wrong-code' when it does not open them,
 * 'transfer/incomplete' when a frame is missing.
 */
export async function openTransfer(texts: readonly string[], code: string): Promise<OtpAccount[]> {
  const frames = texts.map(parseTransferFrame).filter((f) => f !== undefined);
  const first = frames[0];
  const parts = new Map(frames.filter((f) => f.id === first?.id).map((f) => [f.index, f.data]));
  if (first === undefined || parts.size !== first.total)
    throw new HavenError('transfer/incomplete', 'not every QR code of the transfer was read');
  const bytes = concatBytes(
    ...Array.from({ length: first.total }, (_, i) => fromBase64Url(parts.get(i) ?? '')),
  );
  const salt = bytes.subarray(0, SALT_BYTES);
  const iv = bytes.subarray(SALT_BYTES, SALT_BYTES + IV_BYTES);
  const ciphertext = bytes.subarray(SALT_BYTES + IV_BYTES);
  const key = await transferKey(normalizeCode(code), salt);
  try {
    return parseAccountUris(
      decodeUtf8(await openBytes(key, { iv, ciphertext }, encodeUtf8(first.id))),
    );
  } catch (error) {
    if (!isHavenError(error, 'vault/corrupt')) throw error;
    throw new HavenError('transfer/wrong-code', 'the short code does not open this transfer', {
      cause: error,
    });
  }
}

/** What the user typed, as the code was shown: capitals, no spaces or dashes. */
export function normalizeCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

function generateTransferCode(): string {
  // Rejection sampling keeps every character equally likely.
  const chars: string[] = [];
  while (chars.length < TRANSFER_CODE_LENGTH) {
    for (const byte of generateRandomBytes(16)) {
      if (byte < 248 && chars.length < TRANSFER_CODE_LENGTH)
        chars.push(CODE_ALPHABET[byte % CODE_ALPHABET.length] ?? '');
    }
  }
  return chars.join('');
}

async function transferKey(code: string, salt: Bytes): Promise<CryptoKey> {
  return importAeadKey(await derivePasswordKey(code, salt, ARGON2_FLOOR));
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Bytes {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

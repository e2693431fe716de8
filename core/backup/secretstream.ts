/**
 * libsodium's crypto_secretstream_xchacha20poly1305, pull side, for one
 * message (https://doc.libsodium.org/secret-key_cryptography/secretstream):
 * composed from @noble/ciphers' HChaCha20, ChaCha20 and Poly1305, following
 * libsodium's crypto_secretstream_xchacha20poly1305_pull. Ente Auth seals its
 * encrypted exports this way.
 */
import { chacha20, hchacha } from '@noble/ciphers/chacha.js';
import { poly1305 } from '@noble/ciphers/_poly1305.js';
import { equalBytes, swap32IfBE, u32, u64Lengths, utf8ToBytes } from '@noble/ciphers/utils.js';

/** Length of the stream header (the "nonce" Ente stores beside the data). */
export const SECRETSTREAM_HEADER_BYTES = 24;
/** Bytes a message grows by: one tag byte and a 16-byte MAC. */
const A_BYTES = 17;
const SIGMA = swap32IfBE(u32(utf8ToBytes('expand 32-byte k')));

/** Opens the first message of a stream; undefined when the key, header or bytes are wrong. */
export function openSecretstream(
  key: Uint8Array,
  header: Uint8Array,
  sealed: Uint8Array,
): { message: Uint8Array; tag: number } | undefined {
  if (header.length !== SECRETSTREAM_HEADER_BYTES || sealed.length < A_BYTES || key.length !== 32) {
    return undefined;
  }
  const subkey = new Uint32Array(8);
  hchacha(SIGMA, swap32IfBE(u32(key.slice())), swap32IfBE(u32(header.slice(0, 16))), subkey);
  const streamKey = new Uint8Array(swap32IfBE(subkey).buffer);
  // The nonce is a 32-bit little-endian counter (1 for the first message) and the header's last 8 bytes.
  const nonce = new Uint8Array(12);
  nonce[0] = 1;
  nonce.set(header.subarray(16, 24), 4);
  const messageLength = sealed.length - A_BYTES;
  const block = new Uint8Array(64);
  block[0] = sealed[0] ?? 0;
  const tagBlock = chacha20(streamKey, nonce, block, undefined, 1);
  const tag = tagBlock[0] ?? 0;
  tagBlock[0] = sealed[0] ?? 0;
  const ciphertext = sealed.subarray(1, 1 + messageLength);
  const mac = poly1305
    .create(chacha20(streamKey, nonce, new Uint8Array(32), undefined, 0))
    .update(tagBlock)
    .update(ciphertext)
    // libsodium pads by (0x10 - 64 + mlen) & 0xf, not to a 16-byte boundary: follow it exactly.
    .update(new Uint8Array((0x10 - 64 + messageLength) & 0xf))
    .update(u64Lengths(64 + messageLength, 0, true))
    .digest();
  if (!equalBytes(mac, sealed.subarray(1 + messageLength))) return undefined;
  return { message: chacha20(streamKey, nonce, ciphertext, undefined, 2), tag };
}

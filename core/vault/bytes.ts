/** Bytes backed by a plain ArrayBuffer, the only kind WebCrypto's `BufferSource` accepts. */
export type Bytes = Uint8Array<ArrayBuffer>;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Encodes a string as UTF-8 bytes. */
export function encodeUtf8(text: string): Bytes {
  return encoder.encode(text);
}

/** Decodes UTF-8 bytes; throws a TypeError on malformed input. */
export function decodeUtf8(bytes: Bytes): string {
  return decoder.decode(bytes);
}

/** `length` bytes from the platform's CSPRNG. */
export function generateRandomBytes(length: number): Bytes {
  return crypto.getRandomValues(new Uint8Array(length));
}

/** Copies any Uint8Array (a view on a SharedArrayBuffer, a Node Buffer) into plain Bytes. */
export function copyBytes(bytes: Uint8Array | ArrayBuffer): Bytes {
  return new Uint8Array(bytes instanceof ArrayBuffer ? bytes.slice(0) : bytes);
}

/** Base64url without padding, as WebAuthn uses for credential ids. */
export function encodeBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Constant-time equality, so comparing secrets leaks no position. */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

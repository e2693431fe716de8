import { describe, expect, it } from 'vitest';
import { isHavenError } from '../errors.ts';
import { generateKeyBytes, importAeadKey, openBytes, sealBytes } from './aead.ts';
import { encodeUtf8 } from './bytes.ts';

function flipFirstBit(bytes: Uint8Array): void {
  bytes[0] = (bytes[0] ?? 0) ^ 1;
}

describe('AES-256-GCM sealing', async () => {
  const key = await importAeadKey(generateKeyBytes());
  const aad = encodeUtf8('vault/record');
  const plaintext = encodeUtf8('JBSWY3DPEHPK3PXP');

  it('opens what it sealed, with a fresh IV each time', async () => {
    const a = await sealBytes(key, plaintext, aad);
    const b = await sealBytes(key, plaintext, aad);
    expect(a.iv).toHaveLength(12);
    expect(a.iv).not.toEqual(b.iv);
    expect(a.ciphertext).not.toEqual(b.ciphertext);
    expect(await openBytes(key, a, aad)).toEqual(plaintext);
  });

  it.each([
    [
      'a flipped ciphertext bit',
      (s: { iv: Uint8Array; ciphertext: Uint8Array }) => flipFirstBit(s.ciphertext),
      aad,
    ],
    [
      'a flipped IV bit',
      (s: { iv: Uint8Array; ciphertext: Uint8Array }) => flipFirstBit(s.iv),
      aad,
    ],
    ['another AAD', () => 0, encodeUtf8('vault/other')],
  ])('refuses %s with vault/corrupt', async (_name, tamper, openAad) => {
    const sealed = await sealBytes(key, plaintext, aad);
    tamper(sealed);
    const error: unknown = await openBytes(key, sealed, openAad).catch((e: unknown) => e);
    expect(isHavenError(error, 'vault/corrupt')).toBe(true);
  });

  it('refuses another key', async () => {
    const sealed = await sealBytes(key, plaintext, aad);
    const other = await importAeadKey(generateKeyBytes());
    await expect(openBytes(other, sealed, aad)).rejects.toMatchObject({ code: 'vault/corrupt' });
  });

  it('refuses a key of the wrong length', async () => {
    await expect(importAeadKey(new Uint8Array(16))).rejects.toMatchObject({
      code: 'vault/corrupt',
    });
  });
});

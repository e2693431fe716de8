import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalizeSecret, decodeBase32, encodeBase32, normalizeBase32 } from './base32.ts';
import { catchHavenError } from './test-support.ts';

const bytes = (ascii: string) => new TextEncoder().encode(ascii);

// RFC 4648 §10 test vectors, without the padding we never store.
const rfc4648 = [
  ['f', 'MY'],
  ['fo', 'MZXQ'],
  ['foo', 'MZXW6'],
  ['foob', 'MZXW6YQ'],
  ['fooba', 'MZXW6YTB'],
  ['foobar', 'MZXW6YTBOI'],
] as const;

describe('encodeBase32 / decodeBase32', () => {
  it.each(rfc4648)('%s <-> %s (RFC 4648 §10)', (ascii, base32) => {
    expect(encodeBase32(bytes(ascii))).toBe(base32);
    expect(decodeBase32(base32)).toEqual(bytes(ascii));
  });

  it('encodes a view into a larger buffer by its own bytes only', () => {
    const view = bytes('xxfooxx').subarray(2, 5);
    expect(encodeBase32(view)).toBe('MZXW6');
  });

  it('round-trips any non-empty key', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 80 }), (key) => {
        expect(decodeBase32(encodeBase32(key))).toEqual(key);
      }),
    );
  });
});

describe('normalizeBase32', () => {
  it.each([
    ['jbswy3dpehpk3pxp', 'JBSWY3DPEHPK3PXP'],
    ['JBSW Y3DP EHPK 3PXP', 'JBSWY3DPEHPK3PXP'],
    ['MZXW6YQ=', 'MZXW6YQ'],
    ['my======', 'MY'],
    [' mzxw\t6ytb ', 'MZXW6YTB'],
  ])('%j -> %s', (input, expected) => {
    expect(normalizeBase32(input)).toBe(expected);
  });
});

describe('canonicalizeSecret', () => {
  it.each([
    ['jbsw y3dp ehpk 3pxp', 'JBSWY3DPEHPK3PXP'],
    ['mzxw6yq=', 'MZXW6YQ'],
    // 'MZ' and 'MY' both decode to "f": the unused low bits of the last character are cleared.
    ['MZ', 'MY'],
  ])('%j -> %s', (input, expected) => {
    expect(canonicalizeSecret(input)).toBe(expected);
  });

  it.each([
    ['a character outside the alphabet', 'JBSWY3DPEHPK3PX1'],
    ['inner padding', 'MY==MY'],
    ['a single character (no whole byte)', 'M'],
    ['only padding', '===='],
    ['an empty string', ''],
  ])('rejects %s as uri/invalid-secret', (_, secret) => {
    expect(catchHavenError(() => canonicalizeSecret(secret)).code).toBe('uri/invalid-secret');
  });

  it('never quotes the secret in its message', () => {
    const secret = 'JBSWY3DPEHPK3PX!';
    expect(catchHavenError(() => canonicalizeSecret(secret)).message).not.toMatch(/JBSW|!/);
  });
});

import { hkdfSync, pbkdf2Sync } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { encodeUtf8 } from './bytes.ts';
import {
  ARGON2_FLOOR,
  ARGON2_START,
  PBKDF2_PARAMS,
  assertKdfStrength,
  canRunWasm,
  deriveHkdfKey,
  derivePasswordKey,
  type KdfParams,
} from './kdf.ts';

const salt = encodeUtf8('sixteen byte salt');

describe('assertKdfStrength', () => {
  it.each<[string, KdfParams, boolean]>([
    ['the floor', ARGON2_FLOOR, true],
    ['the start', ARGON2_START, true],
    ['18 MiB', { ...ARGON2_FLOOR, memoryKiB: 18 * 1024 }, false],
    ['t=1', { ...ARGON2_FLOOR, iterations: 1 }, false],
    ['p=0', { ...ARGON2_FLOOR, parallelism: 0 }, false],
    ['PBKDF2 600 000', PBKDF2_PARAMS, true],
    ['PBKDF2 100 000', { algorithm: 'pbkdf2-sha256', iterations: 100_000 }, false],
  ])('%s → accepted %s', (_name, params, ok) => {
    if (ok) expect(() => assertKdfStrength(params)).not.toThrow();
    else
      expect(() => assertKdfStrength(params)).toThrow(
        expect.objectContaining({ code: 'vault/weak-kdf' }),
      );
  });
});

describe('derivePasswordKey', () => {
  it('PBKDF2 agrees with node:crypto', async () => {
    const ours = await derivePasswordKey('123456', salt, PBKDF2_PARAMS);
    expect(Buffer.from(ours)).toEqual(pbkdf2Sync('123456', salt, 600_000, 32, 'sha256'));
  });

  it('Argon2id is deterministic, salted and 32 bytes', async () => {
    const a = await derivePasswordKey('123456', salt, ARGON2_FLOOR);
    expect(a).toHaveLength(32);
    expect(await derivePasswordKey('123456', salt, ARGON2_FLOOR)).toEqual(a);
    expect(await derivePasswordKey('123457', salt, ARGON2_FLOOR)).not.toEqual(a);
    expect(
      await derivePasswordKey('123456', encodeUtf8('another salt 16b'), ARGON2_FLOOR),
    ).not.toEqual(a);
  });

  it('normalises a passphrase to NFC', async () => {
    const composed = await derivePasswordKey('caf\u00e9', salt, PBKDF2_PARAMS);
    expect(await derivePasswordKey('cafe\u0301', salt, PBKDF2_PARAMS)).toEqual(composed);
  });
});

describe('deriveHkdfKey', () => {
  it('agrees with node:crypto', async () => {
    const input = encodeUtf8('prf output of thirty-two bytes!!');
    const ours = await deriveHkdfKey(input, salt, 'havencode/test');
    expect(Buffer.from(ours)).toEqual(
      Buffer.from(hkdfSync('sha256', input, salt, 'havencode/test', 32)),
    );
  });
});

describe('canRunWasm', () => {
  it('is true in Node', () => {
    expect(canRunWasm()).toBe(true);
  });
});

describe('canRunWasm without WebAssembly', () => {
  it.each([
    ['no WebAssembly global', undefined],
    [
      'a CSP that forbids compiling',
      {
        Module: class {
          constructor() {
            throw new EvalError('Refused to compile: wasm-unsafe-eval is not allowed');
          }
        },
      },
    ],
  ])('is false with %s', (_name, stub) => {
    vi.stubGlobal('WebAssembly', stub);
    try {
      expect(canRunWasm()).toBe(false);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { CALIBRATION_TARGET, calibrateKdf } from './calibrate.ts';
import { ARGON2_FLOOR, PBKDF2_PARAMS, type Argon2idParams } from './kdf.ts';

/** A simulated device: Argon2id time grows with memory × passes. */
function simulate(msPerMiBPass: number): {
  now: () => number;
  derive: (p: Argon2idParams) => Promise<void>;
} {
  let clock = 0;
  return {
    now: () => clock,
    derive: (p) => {
      clock += (p.memoryKiB / 1024) * p.iterations * msPerMiBPass;
      return Promise.resolve();
    },
  };
}

describe('calibrateKdf', () => {
  it.each([
    // [device, ms per MiB·pass]: 64 MiB t=3 takes 192 × this.
    ['a fast desktop', 0.5],
    ['this machine (≈400 ms at the start)', 2],
    ['a mid phone', 4],
    ['a slow phone', 8],
  ])('lands in the 0.5–1 s window on %s', async (_name, cost) => {
    const { params, trials } = await calibrateKdf({ wasm: true, ...simulate(cost) });
    expect(params.algorithm).toBe('argon2id');
    const chosen = trials.find((t) => t.params === params);
    expect(chosen?.ms).toBeGreaterThanOrEqual(CALIBRATION_TARGET.minMs);
    expect(chosen?.ms).toBeLessThanOrEqual(CALIBRATION_TARGET.maxMs);
    if (params.algorithm === 'argon2id') {
      expect(params.memoryKiB).toBeGreaterThanOrEqual(ARGON2_FLOOR.memoryKiB);
      expect(params.iterations).toBeGreaterThanOrEqual(ARGON2_FLOOR.iterations);
    }
    expect(trials[0]?.params).toMatchObject({ memoryKiB: 65536, iterations: 3, parallelism: 1 });
  });

  it('stops at 256 MiB t=8 on a device too fast to reach the window', async () => {
    const { params } = await calibrateKdf({ wasm: true, ...simulate(0.1) });
    expect(params).toEqual({
      algorithm: 'argon2id',
      memoryKiB: 256 * 1024,
      iterations: 8,
      parallelism: 1,
    });
  });

  it('never goes below the floor on a very slow device', async () => {
    const { params } = await calibrateKdf({ wasm: true, ...simulate(100) });
    expect(params).toEqual(ARGON2_FLOOR);
  });

  it('falls back to PBKDF2-SHA256 600 000 without WebAssembly', async () => {
    const { params, trials } = await calibrateKdf({ wasm: false });
    expect(params).toEqual(PBKDF2_PARAMS);
    expect(trials).toEqual([]);
  });
});

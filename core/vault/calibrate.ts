/**
 * Picks Argon2id parameters that take about 0.5–1 s on this device: start at
 * 64 MiB t=3 p=1, scale memory (then passes) down on a slow device, passes
 * (then memory, up to 256 MiB) up on a fast one, never below the 19 MiB t=2 floor. Without WebAssembly the
 * answer is PBKDF2-SHA256 600 000.
 */
import { generateRandomBytes } from './bytes.ts';
import {
  ARGON2_FLOOR,
  ARGON2_START,
  PBKDF2_PARAMS,
  canRunWasm,
  derivePasswordKey,
  type Argon2idParams,
  type KdfParams,
} from './kdf.ts';

/** The wanted derivation time on this device, in milliseconds. */
export const CALIBRATION_TARGET = { minMs: 500, maxMs: 1000 } as const;
const AIM_MS = 750;
const MAX_TRIALS = 6;
const MAX_ITERATIONS = 8;
const MAX_MEMORY_KIB = 256 * 1024;
const MIB = 1024;

/** What calibration may be told instead of looking at the real device. */
export interface CalibrationOptions {
  /** Milliseconds clock; performance.now by default. */
  now?: () => number;
  /** Runs one derivation with these parameters; a real Argon2id by default. */
  derive?: (params: Argon2idParams) => Promise<unknown>;
  /** Whether WebAssembly can run here; probed by default. */
  wasm?: boolean;
}

/** One measured derivation. */
export interface CalibrationTrial {
  params: Argon2idParams;
  ms: number;
}

/** The chosen parameters and the measurements behind them. */
export interface Calibration {
  params: KdfParams;
  trials: CalibrationTrial[];
}

/** Measures Argon2id on this device and returns parameters for a ~0.5–1 s unlock. */
export async function calibrateKdf(options: CalibrationOptions = {}): Promise<Calibration> {
  const wasm = options.wasm ?? canRunWasm();
  if (!wasm) return { params: PBKDF2_PARAMS, trials: [] };
  const now = options.now ?? (() => performance.now());
  const salt = generateRandomBytes(16);
  const derive =
    options.derive ?? ((p: Argon2idParams) => derivePasswordKey('calibration', salt, p));

  const trials: CalibrationTrial[] = [];
  let params: Argon2idParams | undefined = ARGON2_START;
  while (params !== undefined && trials.length < MAX_TRIALS) {
    const start = now();
    await derive(params);
    const trial = { params, ms: now() - start };
    trials.push(trial);
    params = adjustParams(trial);
  }
  return { params: pickParams(trials), trials };
}

/** The next parameters to try after `trial`, or undefined when it is good (or cannot change). */
function adjustParams({ params, ms }: CalibrationTrial): Argon2idParams | undefined {
  const { minMs, maxMs } = CALIBRATION_TARGET;
  if (ms > maxMs) {
    // Memory first: on a slow phone a smaller memory cost keeps the tab alive.
    if (params.memoryKiB > ARGON2_FLOOR.memoryKiB) {
      const scaled = Math.floor((params.memoryKiB * AIM_MS) / ms / MIB) * MIB;
      return { ...params, memoryKiB: Math.max(ARGON2_FLOOR.memoryKiB, scaled) };
    }
    if (params.iterations > ARGON2_FLOOR.iterations) {
      const scaled = Math.floor((params.iterations * AIM_MS) / ms);
      return { ...params, iterations: Math.max(ARGON2_FLOOR.iterations, scaled) };
    }
    return undefined;
  }
  if (ms >= minMs) return undefined;
  // A fast device: more passes first (memory is what a phone tab runs out of), then more memory.
  const factor = AIM_MS / Math.max(ms, 1);
  if (params.iterations < MAX_ITERATIONS) {
    const scaled = Math.round(params.iterations * factor);
    return {
      ...params,
      iterations: Math.min(MAX_ITERATIONS, Math.max(params.iterations + 1, scaled)),
    };
  }
  if (params.memoryKiB < MAX_MEMORY_KIB) {
    const scaled = Math.ceil((params.memoryKiB * factor) / MIB) * MIB;
    return { ...params, memoryKiB: Math.min(MAX_MEMORY_KIB, scaled) };
  }
  return undefined;
}

/** The best trial: in the target window, else the slowest one under it, else the floor. */
function pickParams(trials: CalibrationTrial[]): Argon2idParams {
  const { minMs, maxMs } = CALIBRATION_TARGET;
  const inWindow = trials.find((t) => t.ms >= minMs && t.ms <= maxMs);
  if (inWindow) return inWindow.params;
  const fast = trials.filter((t) => t.ms < minMs).sort((a, b) => b.ms - a.ms)[0];
  return fast?.params ?? ARGON2_FLOOR;
}

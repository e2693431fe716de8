/**
 * Turns a screenshot into something like a phone's camera frame of a monitor:
 * perspective (tilt, rotation), defocus blur, uneven light, sensor noise, JPEG.
 */
import jpeg from 'jpeg-js';
import type { Pixels, Point } from '../../core/qr/qr-code.ts';
import { createCanvas, encodeJpeg, type Rgb } from './canvas.ts';
import type { Random } from './random.ts';

/** Options of one simulated camera frame. */
export type CameraShot = {
  width: number;
  height: number;
  /** Where the screenshot's corners land in the frame (top-left, top-right, bottom-right, bottom-left). */
  quad: [Point, Point, Point, Point];
  blurRadius: number;
  noise: number;
  jpegQuality: number;
  surround: Rgb;
};

/** Renders `screen` as seen by a camera, then returns the JPEG bytes of the frame. */
export function shootScreen(screen: Pixels, shot: CameraShot, random: Random): Buffer {
  const frame = warpInto(screen, shot);
  for (let pass = 0; pass < 2; pass++) boxBlur(frame, shot.blurRadius);
  shadeAndNoise(frame, shot.noise, random);
  return encodeJpeg(frame, shot.jpegQuality);
}

/** Decodes JPEG bytes to pixels (for tests that skip the file system). */
export function decodeJpeg(bytes: Buffer): Pixels {
  const { data, width, height } = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true });
  return {
    data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength),
    width,
    height,
  };
}

function warpInto(src: Pixels, shot: CameraShot): Pixels {
  const frame = createCanvas(shot.width, shot.height, shot.surround);
  const w = src.width - 1;
  const h = src.height - 1;
  // Homography from frame to screen, so each frame pixel samples the screen (no holes).
  const m = solveHomography(shot.quad, [
    { x: 0, y: 0 },
    { x: w, y: 0 },
    { x: w, y: h },
    { x: 0, y: h },
  ]);
  for (let y = 0; y < shot.height; y++) {
    for (let x = 0; x < shot.width; x++) {
      const d = m[6] * x + m[7] * y + 1;
      const sx = (m[0] * x + m[1] * y + m[2]) / d;
      const sy = (m[3] * x + m[4] * y + m[5]) / d;
      if (sx < 0 || sy < 0 || sx > w || sy > h) continue;
      sampleBilinear(src, sx, sy, frame.data, (y * shot.width + x) * 4);
    }
  }
  return frame;
}

function sampleBilinear(
  src: Pixels,
  sx: number,
  sy: number,
  out: Uint8ClampedArray,
  at: number,
): void {
  const x0 = Math.floor(sx);
  const y0 = Math.floor(sy);
  const fx = sx - x0;
  const fy = sy - y0;
  const a = (y0 * src.width + x0) * 4;
  const right = x0 + 1 < src.width ? 4 : 0;
  const down = y0 + 1 < src.height ? src.width * 4 : 0;
  const d = src.data;
  for (let ch = 0; ch < 3; ch++) {
    const i = a + ch;
    const top = (d[i] ?? 0) * (1 - fx) + (d[i + right] ?? 0) * fx;
    const bottom = (d[i + down] ?? 0) * (1 - fx) + (d[i + down + right] ?? 0) * fx;
    out[at + ch] = top * (1 - fy) + bottom * fy;
  }
}

type Matrix = [number, number, number, number, number, number, number, number];

/** The 8 coefficients of the homography mapping each `from` point onto its `to` point. */
function solveHomography(from: Point[], to: Point[]): Matrix {
  const rows: number[][] = [];
  from.forEach((f, i) => {
    const t = to[i] ?? { x: 0, y: 0 };
    rows.push([f.x, f.y, 1, 0, 0, 0, -f.x * t.x, -f.y * t.x, t.x]);
    rows.push([0, 0, 0, f.x, f.y, 1, -f.x * t.y, -f.y * t.y, t.y]);
  });
  // Gaussian elimination with partial pivoting on the 8×9 augmented matrix.
  for (let col = 0; col < 8; col++) {
    let pivot = col;
    for (let r = col + 1; r < 8; r++) {
      if (Math.abs(rows[r]?.[col] ?? 0) > Math.abs(rows[pivot]?.[col] ?? 0)) pivot = r;
    }
    [rows[col], rows[pivot]] = [rows[pivot] ?? [], rows[col] ?? []];
    const lead = rows[col] ?? [];
    for (let r = 0; r < 8; r++) {
      const row = rows[r] ?? [];
      if (r === col) continue;
      const factor = (row[col] ?? 0) / (lead[col] ?? 1);
      for (let k = col; k < 9; k++) row[k] = (row[k] ?? 0) - factor * (lead[k] ?? 0);
    }
  }
  return rows.map((row, i) => (row[8] ?? 0) / (row[i] ?? 1)) as Matrix;
}

/** A separable box blur of `radius` pixels, in place. */
function boxBlur(c: Pixels, radius: number): void {
  if (radius <= 0) return;
  const line = new Float32Array(Math.max(c.width, c.height) * 3);
  const blurLine = (start: number, stride: number, length: number) => {
    for (let i = 0; i < length; i++) {
      for (let ch = 0; ch < 3; ch++) line[i * 3 + ch] = c.data[start + i * stride + ch] ?? 0;
    }
    for (let i = 0; i < length; i++) {
      const lo = Math.max(0, i - radius);
      const hi = Math.min(length - 1, i + radius);
      for (let ch = 0; ch < 3; ch++) {
        let sum = 0;
        for (let k = lo; k <= hi; k++) sum += line[k * 3 + ch] ?? 0;
        c.data[start + i * stride + ch] = sum / (hi - lo + 1);
      }
    }
  };
  for (let y = 0; y < c.height; y++) blurLine(y * c.width * 4, 4, c.width);
  for (let x = 0; x < c.width; x++) blurLine(x * 4, c.width * 4, c.height);
}

/** A light gradient across the frame (brighter on one side) plus Gaussian sensor noise. */
function shadeAndNoise(c: Pixels, sigma: number, random: Random): void {
  const angle = random.between(0, 2 * Math.PI);
  const [dx, dy] = [Math.cos(angle), Math.sin(angle)];
  const span = Math.hypot(c.width, c.height);
  for (let y = 0; y < c.height; y++) {
    for (let x = 0; x < c.width; x++) {
      const light = 0.8 + 0.25 * ((x * dx + y * dy) / span);
      const i = (y * c.width + x) * 4;
      for (let ch = 0; ch < 3; ch++) {
        c.data[i + ch] = (c.data[i + ch] ?? 0) * light + sigma * random.gaussian();
      }
    }
  }
}

/**
 * Unsharp masking for camera frames: a defocused code's modules bleed into
 * each other until the binariser sees grey mush; subtracting a blurred copy
 * restores the edges. Radius and amount were tuned on the camera corpus
 * (blur σ≈2 px, 4–7 px modules).
 */
const radius = 3;
const amount = 1.5;

/** `grey` (one byte a pixel) with its edges sharpened; a new array. */
export function sharpenGrey(grey: Uint8Array, width: number, height: number): Uint8Array {
  const across = blurLines(grey, width, height, 1, width);
  const blurred = blurLines(across, height, width, width, 1);
  const out = new Uint8Array(grey.length);
  for (let i = 0; i < grey.length; i++) {
    const v = grey[i] ?? 0;
    out[i] = Math.max(0, Math.min(255, Math.round(v + amount * (v - (blurred[i] ?? 0)))));
  }
  return out;
}

/**
 * A box blur along `lines` lines of `length` pixels, with running sums so the
 * cost does not grow with the radius. `step` moves along a line, `stride` to the next one.
 */
function blurLines(
  src: ArrayLike<number>,
  length: number,
  lines: number,
  step: number,
  stride: number,
): Float32Array {
  const out = new Float32Array(src.length);
  for (let line = 0; line < lines; line++) {
    const base = line * stride;
    let sum = 0;
    let count = 0;
    for (let k = 0; k < Math.min(radius, length); k++) {
      sum += src[base + k * step] ?? 0;
      count++;
    }
    for (let i = 0; i < length; i++) {
      const enter = i + radius;
      const leave = i - radius - 1;
      if (enter < length) {
        sum += src[base + enter * step] ?? 0;
        count++;
      }
      if (leave >= 0) {
        sum -= src[base + leave * step] ?? 0;
        count--;
      }
      out[base + i * step] = sum / count;
    }
  }
  return out;
}

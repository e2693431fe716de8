import type { Pixels } from './qr-code.ts';

import { sharpenGrey } from './sharpen.ts';

/** What is read as grey: luminance (as zxing and jsqr weigh it) or one colour channel. */
export type GreyChannel = 'luma' | 'red' | 'green' | 'blue';

/** The colour channels, in the order tried (red first: it separated the most colour pairs seen). */
export const colourChannels: readonly GreyChannel[] = ['red', 'green', 'blue'];

/**
 * True when the image has colour at all: a grey image has nothing to gain from
 * reading single channels. Samples at most ~200 000 pixels.
 */
export function hasColour({ data }: Pixels): boolean {
  const step = Math.max(1, Math.floor(data.length / 4 / 200_000)) * 4;
  for (let i = 0; i + 2 < data.length; i += step) {
    const r = data[i] ?? 0;
    const g = data[i + 1] ?? 0;
    const b = data[i + 2] ?? 0;
    if (Math.max(r, g, b) - Math.min(r, g, b) > 24) return true;
  }
  return false;
}

/**
 * True when some patch of the image has strong contrast in a colour channel
 * but little in luminance (red on blue, red on green): a code there is
 * invisible to a luminance binariser even if other codes were found. Marks
 * 15×15 cells (every third pixel across and down: 2 px modules still show
 * both colours) and wants a 3×3 block of them: a code
 * fills such blocks, a coloured button's edge next to text does not.
 */
export function hasColourOnlyContrast(pixels: Pixels): boolean {
  const cell = 15;
  const columns = Math.floor(pixels.width / cell);
  const rows = Math.floor(pixels.height / cell);
  const marked = new Uint8Array(columns * rows);
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      if (!isColourOnlyCell(pixels, column * cell, row * cell, cell)) continue;
      marked[row * columns + column] = 1;
      if (row >= 2 && column >= 2 && isBlockMarked(marked, columns, column - 1, row - 1))
        return true;
    }
  }
  return false;
}

function isBlockMarked(marked: Uint8Array, columns: number, column: number, row: number): boolean {
  for (let dy = -1; dy <= 1; dy++) {
    for (let dx = -1; dx <= 1; dx++)
      if (marked[(row + dy) * columns + column + dx] !== 1) return false;
  }
  return true;
}

function isColourOnlyCell({ data, width }: Pixels, x0: number, y0: number, cell: number): boolean {
  let [minL, maxL, minR, maxR, minG, maxG, minB, maxB] = [255, 0, 255, 0, 255, 0, 255, 0];
  for (let y = y0; y < y0 + cell; y += 3) {
    for (let i = (y * width + x0) * 4, end = i + cell * 4; i < end; i += 12) {
      const r = data[i] ?? 0;
      const g = data[i + 1] ?? 0;
      const b = data[i + 2] ?? 0;
      const l = (306 * r + 601 * g + 117 * b) >> 10;
      minL = Math.min(minL, l);
      maxL = Math.max(maxL, l);
      minR = Math.min(minR, r);
      maxR = Math.max(maxR, r);
      minG = Math.min(minG, g);
      maxG = Math.max(maxG, g);
      minB = Math.min(minB, b);
      maxB = Math.max(maxB, b);
    }
  }
  const colourRange = Math.max(maxR - minR, maxG - minG, maxB - minB);
  return colourRange > 80 && (maxL - minL) * 2 < colourRange;
}

/**
 * `pixels` as grey (R = G = B, opaque) read from `channel`, optionally
 * sharpened, so that any decoder's own luminance formula reads that grey.
 */
export function toGrey(pixels: Pixels, channel: GreyChannel, sharpen = false): Pixels {
  const { width, height } = pixels;
  const grey = readChannel(pixels, channel);
  const values = sharpen ? sharpenGrey(grey, width, height) : grey;
  const out = new Uint8ClampedArray(values.length * 4);
  for (let j = 0, i = 0; j < values.length; j++, i += 4) {
    const v = values[j] ?? 0;
    out[i] = v;
    out[i + 1] = v;
    out[i + 2] = v;
    out[i + 3] = 255;
  }
  return { data: out, width, height };
}

function readChannel({ data }: Pixels, channel: GreyChannel): Uint8Array {
  const grey = new Uint8Array(data.length / 4);
  if (channel === 'luma') {
    // zxing-wasm's own weights (BT.601 in tenths of a per mille), so 'luma' matches its first pass.
    for (let j = 0, i = 0; j < grey.length; j++, i += 4) {
      grey[j] =
        (306 * (data[i] ?? 0) + 601 * (data[i + 1] ?? 0) + 117 * (data[i + 2] ?? 0) + 512) >> 10;
    }
    return grey;
  }
  const offset = { red: 0, green: 1, blue: 2 }[channel];
  for (let j = 0, i = offset; j < grey.length; j++, i += 4) grey[j] = data[i] ?? 0;
  return grey;
}

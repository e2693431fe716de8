import { describe, expect, it } from 'vitest';
import { looksLikeColourMosaic } from './colour-code.ts';

type Rgb = readonly [number, number, number];

/** An image of `cells` × `cells` squares of 4×4 px, coloured by `paint(x, y)`. */
function grid(cells: number, paint: (x: number, y: number) => Rgb) {
  const width = cells * 4;
  const data = new Uint8ClampedArray(width * width * 4);
  for (let y = 0; y < width; y++)
    for (let x = 0; x < width; x++) {
      const [r, g, b] = paint(Math.floor(x / 4), Math.floor(y / 4));
      data.set([r, g, b, 255], (y * width + x) * 4);
    }
  return { data, width, height: width };
}

const white: Rgb = [255, 255, 255];
const mosaic: Rgb[] = [
  [220, 30, 30],
  [30, 180, 40],
  [30, 60, 220],
  [240, 200, 20],
  [0, 0, 0],
];

describe('looksLikeColourMosaic', () => {
  it('sees a mosaic of red, green, blue and yellow cells', () => {
    expect(looksLikeColourMosaic(grid(20, (x, y) => mosaic[(x * 7 + y * 3) % 5]!))).toBe(true);
  });

  it.each([
    [
      'a black-and-white QR-like pattern',
      (x: number, y: number): Rgb => ((x ^ y) & 1 ? [0, 0, 0] : white),
    ],
    [
      'a dark-blue QR on white',
      (x: number, y: number): Rgb => ((x * y) % 3 ? [10, 40, 120] : white),
    ],
    ['a grey photo', (x: number, y: number): Rgb => [(x * 9) % 255, (x * 9) % 255, (y * 9) % 255]],
    ['two colours only', (x: number): Rgb => (x % 2 ? [220, 30, 30] : [30, 60, 220])],
  ] as const)('does not call %s a mosaic', (_name, paint) => {
    expect(looksLikeColourMosaic(grid(20, paint))).toBe(false);
  });
});

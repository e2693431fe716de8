import { describe, expect, it } from 'vitest';
import { createCanvas, drawQr, fillRect, parseRgb } from '../../test/qr-corpus/canvas.ts';
import { hasColour, hasColourOnlyContrast, toGrey } from './grey-variants.ts';
import type { Pixels } from './qr-code.ts';

const text = 'otpauth://totp/MyCepa:1234567890?secret=JBSWY3DPEHPK3PXP&issuer=MyCepa';
const [white, black] = [parseRgb('#ffffff'), parseRgb('#000000')];

function drawCode(fg: string, bg: string): Pixels {
  const canvas = createCanvas(300, 300, white);
  drawQr(canvas, text, { x: 20, y: 20, module: 4, fg: parseRgb(fg), bg: parseRgb(bg) });
  return canvas;
}

describe('hasColourOnlyContrast', () => {
  it.each([
    { name: 'red on blue', image: () => drawCode('#e74c3c', '#3498db'), expected: true },
    { name: 'red on green', image: () => drawCode('#c0392b', '#27ae60'), expected: true },
    { name: 'black on white', image: () => drawCode('#000000', '#ffffff'), expected: false },
    // Luminance already separates these two, so the first pass reads them.
    { name: 'blue on orange', image: () => drawCode('#0b5394', '#f6b26b'), expected: false },
    {
      name: 'a coloured button beside dark text',
      image: () => {
        const canvas = createCanvas(300, 300, white);
        fillRect(canvas, 0, 100, 150, 40, parseRgb('#ad1457'));
        fillRect(canvas, 150, 100, 150, 40, parseRgb('#3c4046'));
        return canvas;
      },
      expected: false,
    },
  ])('$name: $expected', ({ image, expected }) => {
    expect(hasColourOnlyContrast(image())).toBe(expected);
  });
});

describe('hasColour', () => {
  it.each([
    { name: 'black and white', image: () => drawCode('#000000', '#ffffff'), expected: false },
    { name: 'grey', image: () => createCanvas(50, 50, [128, 128, 128]), expected: false },
    { name: 'red on blue', image: () => drawCode('#e74c3c', '#3498db'), expected: true },
  ])('$name: $expected', ({ image, expected }) => {
    expect(hasColour(image())).toBe(expected);
  });
});

describe('toGrey', () => {
  it.each([
    { channel: 'red', expected: 10 },
    { channel: 'green', expected: 20 },
    { channel: 'blue', expected: 30 },
  ] as const)('copies the $channel channel into R, G and B, opaque', ({ channel, expected }) => {
    const pixels = {
      data: new Uint8ClampedArray([10, 20, 30, 0, 10, 20, 30, 128]),
      width: 2,
      height: 1,
    };
    expect([...toGrey(pixels, channel).data]).toEqual([
      expected,
      expected,
      expected,
      255,
      expected,
      expected,
      expected,
      255,
    ]);
  });

  it('leaves its input alone', () => {
    const pixels = createCanvas(2, 2, black);
    toGrey(pixels, 'red');
    expect([...pixels.data.slice(0, 4)]).toEqual([0, 0, 0, 255]);
  });
});

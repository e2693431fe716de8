/**
 * Screenshot-like scenes: a web page (bars, text lines, buttons) with one or
 * two enrolment QR codes on cards, in the colour scheme of the case.
 */
import type { Pixels } from '../../core/qr/qr-code.ts';
import { createCanvas, drawQr, fillRect, measureQr, parseRgb, type Rgb } from './canvas.ts';
import type { Random } from './random.ts';

/** The colour schemes of the corpus. */
export type QrScheme = 'dark-on-light' | 'light-on-dark' | 'coloured';

/** Foreground/background pairs; several have little luminance contrast, like MyCepa's coloured code. */
export const colouredPairs: readonly [string, string][] = [
  ['#0b5394', '#f6b26b'],
  ['#c0392b', '#27ae60'],
  ['#e74c3c', '#3498db'],
  ['#ffffff', '#1abc9c'],
  ['#6a1b9a', '#fff59d'],
  ['#f39c12', '#2c3e50'],
];

/** One code to place: its text, scheme and module size in pixels. */
export type ScreenCode = { text: string; scheme: QrScheme; module: number };

/** Paints a page of `width`×`height` with `codes` side by side, each in its own column. */
export function drawScreen(
  width: number,
  height: number,
  codes: ScreenCode[],
  random: Random,
): Pixels {
  const dark = codes.every((code) => code.scheme === 'light-on-dark');
  const page: Rgb = dark ? [30, 32, 36] : [246, 247, 249];
  const ink: Rgb = dark ? [200, 200, 205] : [60, 64, 70];
  const canvas = createCanvas(width, height, page);
  fillRect(
    canvas,
    0,
    0,
    width,
    height * 0.07,
    parseRgb(random.pick(['#004b87', '#e30613', '#333333'])),
  );
  drawTextLines(canvas, ink, random);
  codes.forEach((code, i) => {
    const [fg, bg] = pickColours(code.scheme, random);
    const side = measureQr(code.text, code.module);
    const column = width / codes.length;
    const x = column * i + random.between(0.05, 0.95) * Math.max(0, column - side);
    const y = height * 0.1 + random.next() * Math.max(0, height * 0.88 - side);
    fillRect(canvas, x - 24, y - 24, side + 48, side + 48, dark ? [50, 52, 58] : [255, 255, 255]);
    drawQr(canvas, code.text, { x, y, module: code.module, fg, bg });
  });
  return canvas;
}

function pickColours(scheme: QrScheme, random: Random): [Rgb, Rgb] {
  if (scheme === 'dark-on-light')
    return [
      [0, 0, 0],
      [255, 255, 255],
    ];
  if (scheme === 'light-on-dark')
    return [
      [240, 240, 240],
      [20, 20, 24],
    ];
  const [fg, bg] = random.pick(colouredPairs);
  return [parseRgb(fg), parseRgb(bg)];
}

/** Word-like blocks and a few buttons: the clutter a finder pattern search must see past. */
function drawTextLines(canvas: Pixels, ink: Rgb, random: Random): void {
  const scale = canvas.height / 1080;
  const lineHeight = Math.round(22 * scale);
  for (let y = canvas.height * 0.1; y < canvas.height * 0.97; y += lineHeight * 1.6) {
    let x = canvas.width * 0.03;
    while (x < canvas.width * 0.97) {
      const word = random.integer(20, 110) * scale;
      fillRect(canvas, x, y, word, lineHeight * 0.6, ink);
      x += word + 9 * scale;
    }
  }
  for (let b = 0; b < 4; b++) {
    const colour = parseRgb(random.pick(['#2e7d32', '#1565c0', '#f9a825', '#ad1457']));
    fillRect(
      canvas,
      random.next() * canvas.width,
      random.next() * canvas.height,
      160 * scale,
      44 * scale,
      colour,
    );
  }
}

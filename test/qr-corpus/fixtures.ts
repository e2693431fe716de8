/** Small images and texts for the QR unit tests, drawn in-test instead of read from the corpus. */
import type { Pixels } from '../../core/qr/qr-code.ts';
import { createCanvas, drawQr, parseRgb, type QrStyle, type Rgb } from './canvas.ts';

/** An enrolment URI as MyCepa shows it (10 digits). */
export const mycepaUri =
  'otpauth://totp/MyCepa:1234567890?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=MyCepa&digits=10';

/** An enrolment URI as C-point shows it. */
export const cpointUri =
  'otpauth://totp/C-point:jan.peeters%40example.be?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=C-point';

/** Colours of the tests; red and blue have nearly the same luminance. */
export const colours = {
  black: parseRgb('#000000'),
  white: parseRgb('#ffffff'),
  red: parseRgb('#e74c3c'),
  blue: parseRgb('#3498db'),
};

/** A page of `page` colour with each code painted at its place. */
export function drawPage(
  width: number,
  height: number,
  page: Rgb,
  codes: ({ text: string } & QrStyle)[],
): Pixels {
  const canvas = createCanvas(width, height, page);
  for (const { text, ...style } of codes) drawQr(canvas, text, style);
  return canvas;
}

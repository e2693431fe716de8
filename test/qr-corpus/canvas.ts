/**
 * Minimal RGBA drawing for the QR corpus: real QR matrices from the `qrcode`
 * encoder painted module by module, so every image is reproducible from a seed.
 */
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import type { Pixels } from '../../core/qr/qr-code.ts';

/** An sRGB colour as [r, g, b]. */
export type Rgb = [number, number, number];

/** A blank canvas filled with `colour`. */
export function createCanvas(width: number, height: number, colour: Rgb): Pixels {
  const canvas = { data: new Uint8ClampedArray(width * height * 4), width, height };
  fillRect(canvas, 0, 0, width, height, colour);
  return canvas;
}

/** Fills a rectangle, clipped to the canvas. */
export function fillRect(c: Pixels, x: number, y: number, w: number, h: number, colour: Rgb): void {
  const x0 = Math.max(0, Math.round(x));
  const y0 = Math.max(0, Math.round(y));
  const x1 = Math.min(c.width, Math.round(x + w));
  const y1 = Math.min(c.height, Math.round(y + h));
  for (let py = y0; py < y1; py++) {
    for (let px = x0; px < x1; px++) {
      const i = (py * c.width + px) * 4;
      c.data[i] = colour[0];
      c.data[i + 1] = colour[1];
      c.data[i + 2] = colour[2];
      c.data[i + 3] = 255;
    }
  }
}

/** How to paint one code: top-left of its quiet zone, pixels per module, colours. */
export type QrStyle = { x: number; y: number; module: number; fg: Rgb; bg: Rgb; quiet?: number };

/** Paints `text` as a QR code (error correction M) and returns its side in pixels, quiet zone included. */
export function drawQr(c: Pixels, text: string, style: QrStyle): number {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = style.quiet ?? 4;
  const side = (modules.size + 2 * quiet) * style.module;
  fillRect(c, style.x, style.y, side, side, style.bg);
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      const x = style.x + (col + quiet) * style.module;
      const y = style.y + (row + quiet) * style.module;
      fillRect(c, x, y, style.module, style.module, style.fg);
    }
  }
  return side;
}

/** The side in pixels that drawQr will paint for `text`. */
export function measureQr(text: string, module: number, quiet = 4): number {
  return (QRCode.create(text, { errorCorrectionLevel: 'M' }).modules.size + 2 * quiet) * module;
}

/** PNG bytes of `c` (fast deflate: the corpus is regenerated, not archived). */
export function encodePng(c: Pixels): Buffer {
  const png = new PNG({ width: c.width, height: c.height });
  png.data = Buffer.from(c.data.buffer, c.data.byteOffset, c.data.byteLength);
  return PNG.sync.write(png, { deflateLevel: 1, filterType: 1 });
}

/** JPEG bytes of `c` at `quality` (0–100). */
export function encodeJpeg(c: Pixels, quality: number): Buffer {
  const raw = {
    data: Buffer.from(c.data.buffer, c.data.byteOffset, c.data.byteLength),
    width: c.width,
    height: c.height,
  };
  return jpeg.encode(raw, quality).data;
}

/** Parses '#rrggbb'. */
export function parseRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

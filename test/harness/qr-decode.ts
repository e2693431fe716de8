import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** Decoded pixels: RGBA, four bytes a pixel, row by row. */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Decodes a PNG file's bytes into RGBA pixels. */
export function readPng(png: Uint8Array): RgbaImage {
  const image = PNG.sync.read(Buffer.from(png));
  return { width: image.width, height: image.height, data: image.data };
}

/**
 * The text of the QR code in a PNG (a screenshot or a site's image), decoded
 * with jsqr — independent of the zxing decoder the product uses.
 */
export function decodeQrPng(png: Uint8Array): string {
  const { width, height, data } = readPng(png);
  const found = jsQR(
    new Uint8ClampedArray(data.buffer, data.byteOffset, data.length),
    width,
    height,
  );
  if (found === null) throw new Error(`No QR code found in a ${width}×${height} image`);
  return found.data;
}

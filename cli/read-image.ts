import { readFile } from 'node:fs/promises';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import type { Pixels } from '../core/qr/qr-code.ts';
import { HavenError } from '../core/errors.ts';

const pngMagic = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const jpegMagic = [0xff, 0xd8, 0xff];

// jpeg-js refuses larger images by default; 8K frames are well within this.
const maxMegapixels = 100;

/**
 * Reads a PNG or JPEG file (recognised by its first bytes, not its name) as
 * RGBA pixels. Throws 'qr/unreadable' when the file cannot be read or the image
 * is damaged, 'qr/not-an-image' when it is neither PNG nor JPEG.
 */
export async function readImageFile(path: string): Promise<Pixels> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot read';
    throw new HavenError('qr/unreadable', `${path}: ${reason}`, { cause: error });
  }
  return decodeImageBytes(bytes, path);
}

/** True when `bytes` start like a PNG or JPEG file. */
export function isImageBytes(bytes: Uint8Array): boolean {
  return startsWith(bytes, pngMagic) || startsWith(bytes, jpegMagic);
}

/** Decodes PNG or JPEG bytes to RGBA pixels; `name` only labels the errors. */
export function decodeImageBytes(bytes: Uint8Array, name: string): Pixels {
  const format = startsWith(bytes, pngMagic)
    ? 'PNG'
    : startsWith(bytes, jpegMagic)
      ? 'JPEG'
      : undefined;
  if (format === undefined) {
    throw new HavenError('qr/not-an-image', `${name}: not a PNG or JPEG image`);
  }
  try {
    return format === 'PNG' ? decodePng(bytes) : decodeJpeg(bytes);
  } catch (error) {
    throw new HavenError('qr/unreadable', `${name}: damaged ${format} image`, { cause: error });
  }
}

function decodePng(bytes: Uint8Array): Pixels {
  const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return {
    data: new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.byteLength),
    width: png.width,
    height: png.height,
  };
}

function decodeJpeg(bytes: Uint8Array): Pixels {
  const image = jpeg.decode(bytes, {
    useTArray: true,
    formatAsRGBA: true,
    maxResolutionInMP: maxMegapixels,
  });
  return {
    data: new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.byteLength),
    width: image.width,
    height: image.height,
  };
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

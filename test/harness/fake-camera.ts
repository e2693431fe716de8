import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPng, type RgbaImage } from './qr-decode.ts';

const clamp = (value: number): number => Math.max(0, Math.min(255, Math.round(value)));

/** The pixel at (x, y), clamped to the image and composited over white. */
function readRgb(image: RgbaImage, x: number, y: number): [number, number, number] {
  const cx = Math.min(x, image.width - 1);
  const cy = Math.min(y, image.height - 1);
  const i = (cy * image.width + cx) * 4;
  const alpha = (image.data[i + 3] ?? 255) / 255;
  const over = (c: number | undefined): number => (c ?? 0) * alpha + 255 * (1 - alpha);
  return [over(image.data[i]), over(image.data[i + 1]), over(image.data[i + 2])];
}

/**
 * One Y4M (YUV4MPEG2, 4:2:0) frame of `image` in BT.601 studio range, the
 * format Chromium's --use-file-for-fake-video-capture plays in a loop. Odd
 * sizes are padded by repeating the last row or column.
 */
export function encodeY4m(image: RgbaImage): Buffer {
  const width = image.width + (image.width % 2);
  const height = image.height + (image.height % 2);
  const luma = Buffer.alloc(width * height);
  const cb = Buffer.alloc((width / 2) * (height / 2));
  const cr = Buffer.alloc(cb.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [r, g, b] = readRgb(image, x, y);
      luma[y * width + x] = clamp(16 + 0.257 * r + 0.504 * g + 0.098 * b);
    }
  }
  for (let y = 0; y < height / 2; y++) {
    for (let x = 0; x < width / 2; x++) {
      const block = [
        readRgb(image, 2 * x, 2 * y),
        readRgb(image, 2 * x + 1, 2 * y),
        readRgb(image, 2 * x, 2 * y + 1),
        readRgb(image, 2 * x + 1, 2 * y + 1),
      ];
      const [r, g, b] = [0, 1, 2].map(
        (c) => block.reduce((sum, px) => sum + (px[c] ?? 0), 0) / 4,
      ) as [number, number, number];
      cb[y * (width / 2) + x] = clamp(128 - 0.148 * r - 0.291 * g + 0.439 * b);
      cr[y * (width / 2) + x] = clamp(128 + 0.439 * r - 0.368 * g - 0.071 * b);
    }
  }
  const header = Buffer.from(
    `YUV4MPEG2 W${width} H${height} F30:1 Ip A1:1 C420jpeg\nFRAME\n`,
    'ascii',
  );
  return Buffer.concat([header, luma, cb, cr]);
}

/**
 * Writes a fake camera file showing `source` (a PNG path or pixels) to the
 * temp directory and returns its path, for launchBrowser's fakeCameraFile.
 * Written in plain code because ImageMagick and ffmpeg are not guaranteed.
 */
export async function makeFakeCameraFile(source: string | RgbaImage): Promise<string> {
  const image = typeof source === 'string' ? readPng(await readFile(source)) : source;
  const path = join(tmpdir(), `havencode-camera-${process.pid}-${Date.now()}.y4m`);
  await writeFile(path, encodeY4m(image));
  return path;
}

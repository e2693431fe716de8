import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCanvas, encodeJpeg, encodePng, fillRect } from '../test/qr-corpus/canvas.ts';
import { isHavenError } from '../core/errors.ts';
import { decodeImageBytes, readImageFile } from './read-image.ts';

const dir = mkdtempSync(join(tmpdir(), 'havencode-read-image-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const image = createCanvas(6, 4, [255, 255, 255]);
fillRect(image, 0, 0, 3, 4, [200, 30, 40]);
const png = encodePng(image);
const jpeg = encodeJpeg(image, 95);

function write(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('readImageFile', () => {
  it('reads a PNG exactly', async () => {
    const pixels = await readImageFile(write('a.png', png));
    expect(pixels).toMatchObject({ width: 6, height: 4 });
    expect([...pixels.data]).toEqual([...image.data]);
  });

  it('reads a JPEG, whatever its name says', async () => {
    const pixels = await readImageFile(write('photo.png', jpeg));
    expect(pixels).toMatchObject({ width: 6, height: 4 });
    expect(pixels.data.length).toBe(6 * 4 * 4);
    expect(pixels.data[0]).toBeGreaterThan(150);
  });

  it.each([
    {
      name: 'a missing file',
      path: () => join(dir, 'missing.png'),
      code: 'qr/unreadable',
      message: /no such file/,
    },
    { name: 'a directory', path: () => dir, code: 'qr/unreadable', message: /cannot read/ },
    {
      name: 'text',
      path: () => write('notes.png', 'hello'),
      code: 'qr/not-an-image',
      message: /not a PNG or JPEG/,
    },
    {
      name: 'an empty file',
      path: () => write('empty.jpg', ''),
      code: 'qr/not-an-image',
      message: /not a PNG or JPEG/,
    },
    {
      name: 'a truncated PNG',
      path: () => write('cut.png', png.subarray(0, 40)),
      code: 'qr/unreadable',
      message: /damaged PNG/,
    },
    {
      name: 'JPEG magic and garbage',
      path: () => write('bad.jpg', new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3, 4, 5])),
      code: 'qr/unreadable',
      message: /damaged JPEG/,
    },
  ] as const)('names the problem with $name: $code', async ({ path, code, message }) => {
    const error: unknown = await readImageFile(path()).catch((e: unknown) => e);
    expect(isHavenError(error, code)).toBe(true);
    expect((error as Error).message).toMatch(message);
  });
});

describe('decodeImageBytes', () => {
  it('labels errors with the given name', () => {
    expect(() => decodeImageBytes(new Uint8Array([1, 2, 3]), 'clipboard')).toThrow(
      'clipboard: not a PNG or JPEG image',
    );
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCanvas, drawQr, encodeJpeg, encodePng, parseRgb } from '../test/qr-corpus/canvas.ts';
import { cpointUri as cpoint, mycepaUri as mycepa } from '../test/qr-corpus/fixtures.ts';
import { decodeQrCommand } from './decode-qr.ts';

const dir = mkdtempSync(join(tmpdir(), 'havencode-decode-qr-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const white = parseRgb('#ffffff');

function writeImage(
  name: string,
  codes: { text: string; fg: string; bg: string }[],
  format: 'png' | 'jpeg' = 'png',
): string {
  const canvas = createCanvas(340 * Math.max(1, codes.length), 340, white);
  codes.forEach(({ text, fg, bg }, i) =>
    drawQr(canvas, text, { x: 10 + 340 * i, y: 10, module: 4, fg: parseRgb(fg), bg: parseRgb(bg) }),
  );
  const path = join(dir, name);
  writeFileSync(path, format === 'png' ? encodePng(canvas) : encodeJpeg(canvas, 85));
  return path;
}

const single = writeImage('single.png', [{ text: mycepa, fg: '#000000', bg: '#ffffff' }]);
const pair = writeImage(
  'pair.jpg',
  [
    { text: mycepa, fg: '#ffffff', bg: '#000000' },
    { text: cpoint, fg: '#0b5394', bg: '#f6b26b' },
  ],
  'jpeg',
);
const blank = writeImage('blank.png', []);
const notAnImage = join(dir, 'notes.png');
writeFileSync(notAnImage, 'not an image');

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await decodeQrCommand(args, {
    stdout: (l) => out.push(l),
    stderr: (l) => err.push(l),
  });
  return { code, out, err };
}

describe('havencode decode-qr', () => {
  it('prints each decoded text on its own line', async () => {
    const { code, out, err } = await run([single, pair]);
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out[0]).toBe(mycepa);
    expect(out.slice(1).sort()).toEqual([mycepa, cpoint].sort());
  });

  it('prints nothing, and succeeds, for an image without a code', async () => {
    expect(await run([blank])).toEqual({ code: 0, out: [], err: [] });
  });

  it('--json gives file, texts and decode time per image', async () => {
    const { code, out } = await run(['--json', single, blank]);
    expect(code).toBe(0);
    expect(out).toHaveLength(1);
    const results = JSON.parse(out[0] ?? '') as { file: string; texts: string[]; ms: number }[];
    expect(results).toEqual([
      { file: single, texts: [mycepa], ms: expect.any(Number) as number },
      { file: blank, texts: [], ms: expect.any(Number) as number },
    ]);
    expect(results.every((r) => r.ms >= 0)).toBe(true);
  });

  it.each([
    {
      name: 'a missing file',
      args: () => [join(dir, 'missing.png')],
      problem: /missing\.png: no such file/,
    },
    {
      name: 'a file that is not an image',
      args: () => [single, notAnImage],
      problem: /notes\.png: not a PNG or JPEG image/,
    },
    { name: 'no image', args: () => ['--json'], problem: /no image given/ },
    { name: 'an unknown option', args: () => ['--raw', single], problem: /unknown option --raw/ },
  ])('exits 2 with one line on stderr for $name', async ({ args, problem }) => {
    const { code, out, err } = await run(args());
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(problem);
    expect(err[0]).not.toMatch(/\n|\bat /);
  });

  // zbarimg tries the inverted image only when the plain one has no code: one style an image.
  it.each([
    { name: 'dark on light', codes: [{ text: cpoint, fg: '#000000', bg: '#ffffff' }], found: 1 },
    { name: 'light on dark', codes: [{ text: mycepa, fg: '#f0f0f0', bg: '#202020' }], found: 1 },
    {
      name: 'two codes',
      codes: [
        { text: mycepa, fg: '#0b5394', bg: '#f6b26b' },
        { text: cpoint, fg: '#000000', bg: '#ffffff' },
      ],
      found: 2,
    },
    { name: 'no code', codes: [], found: 0 },
  ])('agrees with zbarimg, an independent decoder: $name', async ({ name, codes, found }) => {
    const file = writeImage(`${name}.png`, codes);
    const zbar = spawnSync('zbarimg', ['--nodbus', '-q', '--raw', '-Stest-inverted', file], {
      encoding: 'utf8',
    });
    const expected = zbar.stdout.split('\n').filter((line) => line !== '');
    expect(expected).toHaveLength(found);
    const { out } = await run([file]);
    expect(out.sort()).toEqual(expected.sort());
  });
});

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeJpeg, shootScreen } from '../../test/qr-corpus/camera.ts';
import { createCanvas } from '../../test/qr-corpus/canvas.ts';
import {
  colours,
  cpointUri as cpoint,
  drawPage,
  mycepaUri as mycepa,
} from '../../test/qr-corpus/fixtures.ts';
import { createRandom } from '../../test/qr-corpus/random.ts';
import type { Pixels, QrCode } from './qr-code.ts';

import { loadDecoder, wasmBinary } from './test-support.ts';
const { black, white, red, blue } = colours;

beforeEach(() => {
  vi.resetModules();
});

describe('decodeQrCodes with zxing', () => {
  const cases: { name: string; image: () => Pixels; texts: string[] }[] = [
    {
      name: 'dark on light, 4 px modules',
      image: () =>
        drawPage(400, 300, white, [
          { text: mycepa, x: 60, y: 20, module: 4, fg: black, bg: white },
        ]),
      texts: [mycepa],
    },
    {
      name: 'light on dark (inverted)',
      image: () =>
        drawPage(400, 300, black, [
          { text: cpoint, x: 60, y: 20, module: 4, fg: white, bg: black },
        ]),
      texts: [cpoint],
    },
    {
      name: 'red on blue, nearly equal luminance',
      image: () =>
        drawPage(400, 300, white, [{ text: mycepa, x: 60, y: 20, module: 4, fg: red, bg: blue }]),
      texts: [mycepa],
    },
    {
      name: '2 px modules',
      image: () =>
        drawPage(200, 150, white, [
          { text: cpoint, x: 30, y: 10, module: 2, fg: black, bg: white },
        ]),
      texts: [cpoint],
    },
    {
      name: 'two codes',
      image: () =>
        drawPage(640, 300, white, [
          { text: mycepa, x: 10, y: 10, module: 4, fg: black, bg: white },
          { text: cpoint, x: 330, y: 10, module: 4, fg: black, bg: white },
        ]),
      texts: [mycepa, cpoint],
    },
    {
      name: 'a black code and a red-on-blue code',
      image: () =>
        drawPage(640, 300, white, [
          { text: mycepa, x: 10, y: 10, module: 4, fg: black, bg: white },
          { text: cpoint, x: 330, y: 10, module: 4, fg: red, bg: blue },
        ]),
      texts: [mycepa, cpoint],
    },
    {
      name: 'the same code twice',
      image: () =>
        drawPage(640, 300, white, [
          { text: mycepa, x: 10, y: 10, module: 4, fg: black, bg: white },
          { text: mycepa, x: 330, y: 10, module: 4, fg: black, bg: white },
        ]),
      texts: [mycepa, mycepa],
    },
    { name: 'a blank image', image: () => createCanvas(300, 200, white), texts: [] },
    { name: 'a blank coloured image', image: () => createCanvas(300, 200, red), texts: [] },
  ];

  it.each(cases)('$name', async ({ image, texts }) => {
    const { decodeQrCodes } = await loadDecoder({ wasmBinary });
    const codes = await decodeQrCodes(image());
    expect(codes.map((code) => code.text).sort()).toEqual([...texts].sort());
  });

  it('reports where each code sits', async () => {
    const { decodeQrCodes } = await loadDecoder({ wasmBinary });
    // The symbol starts after the 4-module quiet zone: (60 + 16, 20 + 16).
    const [code] = await decodeQrCodes(
      drawPage(400, 300, white, [{ text: mycepa, x: 60, y: 20, module: 4, fg: black, bg: white }]),
    );
    const [topLeft, topRight, bottomRight, bottomLeft] = code?.corners ?? [];
    expect(topLeft?.x).toBeCloseTo(76, -1);
    expect(topLeft?.y).toBeCloseTo(36, -1);
    expect(topRight?.x).toBeGreaterThan(200);
    expect(bottomLeft?.y).toBeGreaterThan(160);
    expect(bottomRight?.x).toBeCloseTo(topRight?.x ?? 0, -1);
  });

  it.each([
    { name: 'slightly blurred', blurRadius: 1, module: 5, noise: 5, jpegQuality: 60 },
    // Luminance alone finds nothing here: the sharpened pass reads it.
    { name: 'defocused', blurRadius: 2, module: 5, noise: 4, jpegQuality: 70 },
  ])(
    'reads a camera frame, $name: tilted, noisy, JPEG',
    async ({ blurRadius, module, noise, jpegQuality }) => {
      const { decodeQrCodes } = await loadDecoder({ wasmBinary });
      const screen = drawPage(640, 400, white, [
        { text: cpoint, x: 180, y: 60, module, fg: black, bg: white },
      ]);
      const quad: QrCode['corners'] = [
        { x: 60, y: 40 },
        { x: 560, y: 70 },
        { x: 540, y: 400 },
        { x: 80, y: 420 },
      ];
      const shot = {
        width: 640,
        height: 480,
        quad,
        blurRadius,
        noise,
        jpegQuality,
        surround: [70, 60, 50],
      } as const;
      const frame = shootScreen(screen, { ...shot, surround: [...shot.surround] }, createRandom(7));
      const codes = await decodeQrCodes(decodeJpeg(frame));
      expect(codes.map((code) => code.text)).toEqual([cpoint]);
    },
  );

  it.each([
    { name: 'too few bytes', pixels: { data: new Uint8ClampedArray(10), width: 4, height: 4 } },
    { name: 'zero width', pixels: { data: new Uint8ClampedArray(0), width: 0, height: 4 } },
    {
      name: 'fractional height',
      pixels: { data: new Uint8ClampedArray(16), width: 2, height: 2.5 },
    },
  ])("rejects inconsistent pixels ($name) with 'qr/not-an-image'", async ({ pixels }) => {
    const { decodeQrCodes } = await loadDecoder({ wasmBinary });
    // toMatchObject, not isHavenError: resetModules gave the decoder its own copy of the class.
    await expect(decodeQrCodes(pixels)).rejects.toMatchObject({
      name: 'HavenError',
      code: 'qr/not-an-image',
    });
  });

  it('fetches the .wasm from the URL it is given (how the extension and PWA load it), nothing else', async () => {
    const requests: (string | undefined)[] = [];
    const server = createServer((request, response) => {
      requests.push(request.url);
      response.writeHead(200, { 'content-type': 'application/wasm' }).end(wasmBinary);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const decoder = await loadDecoder({
        wasmUrl: `http://127.0.0.1:${port}/assets/zxing_reader.wasm`,
      });
      expect(requests).toEqual([]);
      expect(await decoder.getQrDecoderName()).toBe('zxing');
      expect(requests).toEqual(['/assets/zxing_reader.wasm']);
    } finally {
      server.close();
    }
  });

  it('refuses to decode before it is configured, so zxing never reaches for its CDN', async () => {
    const { decodeQrCodes } = await import('./decode-qr.ts');
    await expect(decodeQrCodes(createCanvas(10, 10, white))).rejects.toThrow(/configureQrDecoder/);
  });
});

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createCanvas } from '../../test/qr-corpus/canvas.ts';
import {
  colours,
  cpointUri as cpoint,
  drawPage,
  mycepaUri as mycepa,
} from '../../test/qr-corpus/fixtures.ts';

import { loadDecoder, wasmBinary } from './test-support.ts';
const { black, white, red, blue } = colours;

beforeEach(() => {
  vi.resetModules();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the jsqr fallback', () => {
  const twoCodes = () =>
    drawPage(640, 300, white, [
      { text: mycepa, x: 10, y: 10, module: 4, fg: black, bg: white },
      { text: cpoint, x: 330, y: 10, module: 4, fg: white, bg: black },
    ]);

  it('takes over when the .wasm does not load (a CSP refusing WebAssembly, a bad file)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // Emscripten reports the failed compile on console.error before rejecting.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const decoder = await loadDecoder({ wasmBinary: new Uint8Array([0, 1, 2, 3]) });
    expect(await decoder.getQrDecoderName()).toBe('jsqr');
    expect(warn).toHaveBeenCalledOnce();
    const texts = (await decoder.decodeQrCodes(twoCodes())).map((code) => code.text);
    expect(texts.sort()).toEqual([mycepa, cpoint].sort());
  });

  it('takes over where WebAssembly does not exist, and finds a coloured code', async () => {
    vi.stubGlobal('WebAssembly', undefined);
    const decoder = await loadDecoder({ wasmBinary });
    expect(await decoder.getQrDecoderName()).toBe('jsqr');
    const image = drawPage(400, 300, white, [
      { text: mycepa, x: 60, y: 20, module: 4, fg: red, bg: blue },
    ]);
    expect((await decoder.decodeQrCodes(image)).map((code) => code.text)).toEqual([mycepa]);
  });

  it('finds nothing in a blank image', async () => {
    vi.stubGlobal('WebAssembly', undefined);
    const decoder = await loadDecoder({ wasmBinary });
    expect(await decoder.decodeQrCodes(createCanvas(300, 200, white))).toEqual([]);
  });
});

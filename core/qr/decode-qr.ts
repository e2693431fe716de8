import { HavenError } from '../errors.ts';
import {
  colourChannels,
  hasColour,
  hasColourOnlyContrast,
  toGrey,
  type GreyChannel,
} from './grey-variants.ts';
import { loadJsqrEngine } from './jsqr-engine.ts';
import type { Pixels, QrCode, QrEngine, QrWasmSource } from './qr-code.ts';
import { loadZxingEngine } from './zxing-engine.ts';

export type { Pixels, Point, QrCode, QrWasmSource } from './qr-code.ts';

let wasmSource: QrWasmSource | undefined;
let engine: Promise<QrEngine> | undefined;

/**
 * Tells the decoder where zxing's .wasm lives (the shell knows: an extension
 * URL, a bundled asset URL, or the bytes in node). Nothing loads until the
 * first decode; calling again drops the loaded decoder.
 */
export function configureQrDecoder(source: QrWasmSource): void {
  wasmSource = source;
  engine = undefined;
}

/** The decoder in use: 'zxing', or 'jsqr' where WebAssembly cannot run. Loads it when needed. */
export async function getQrDecoderName(): Promise<QrEngine['name']> {
  return (await getEngine()).name;
}

/**
 * Every QR code in `pixels`, in any colours, with where it sits; [] when there
 * is none. Only codes whose error correction checks out are returned. Throws
 * 'qr/not-an-image' when `pixels` is not a consistent RGBA image and
 * 'qr/unreadable' when the decoder fails.
 */
export async function decodeQrCodes(pixels: Pixels): Promise<QrCode[]> {
  checkPixels(pixels);
  const decoder = await getEngine();
  const codes = await readWith(decoder, pixels);
  // More passes only where the first may have missed a code: the common case stays one pass.
  if (codes.length > 0) {
    if (!hasColourOnlyContrast(pixels)) return codes;
    return readMore(
      decoder,
      pixels,
      codes,
      colourChannels.map((channel) => ({ channel, sharpen: false })),
    );
  }
  const channels: GreyChannel[] = hasColour(pixels) ? ['luma', ...colourChannels] : ['luma'];
  const views = [
    ...channels.slice(1).map((channel) => ({ channel, sharpen: false })),
    ...channels.map((channel) => ({ channel, sharpen: true })),
  ];
  return readMore(decoder, pixels, codes, views);
}

/** Tries `views` of the image in order until one adds a code to `known`. */
async function readMore(
  decoder: QrEngine,
  pixels: Pixels,
  known: QrCode[],
  views: { channel: GreyChannel; sharpen: boolean }[],
): Promise<QrCode[]> {
  for (const { channel, sharpen } of views) {
    const found = await readWith(decoder, toGrey(pixels, channel, sharpen));
    const merged = removeDuplicates([...known, ...found]);
    if (merged.length > known.length) return merged;
  }
  return known;
}

function getEngine(): Promise<QrEngine> {
  if (wasmSource === undefined) {
    throw new Error('configureQrDecoder() must be called before decoding QR codes');
  }
  engine ??= loadEngine(wasmSource);
  return engine;
}

async function loadEngine(source: QrWasmSource): Promise<QrEngine> {
  if (typeof WebAssembly === 'undefined') return loadJsqrEngine();
  try {
    return await loadZxingEngine(source);
  } catch (error) {
    // A CSP without 'wasm-unsafe-eval', or a .wasm that did not load: scanning still works, slower.
    console.warn('zxing-wasm could not load, falling back to jsqr', error);
    return loadJsqrEngine();
  }
}

async function readWith(decoder: QrEngine, pixels: Pixels): Promise<QrCode[]> {
  try {
    return removeDuplicates(await decoder.read(pixels));
  } catch (error) {
    throw new HavenError('qr/unreadable', `the ${decoder.name} decoder failed`, { cause: error });
  }
}

function checkPixels({ data, width, height }: Pixels): void {
  const sane = Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0;
  if (!sane || data.length !== width * height * 4) {
    throw new HavenError(
      'qr/not-an-image',
      `not an RGBA image: ${width}×${height}, ${data.length} bytes`,
    );
  }
}

/** Drops a code reported twice (same text, overlapping place); the same text at two places stays twice. */
function removeDuplicates(codes: QrCode[]): QrCode[] {
  const kept: QrCode[] = [];
  for (const code of codes) {
    const centre = findCentre(code);
    const twin = kept.find((other) => {
      const c = findCentre(other);
      return (
        other.text === code.text && Math.hypot(c.x - centre.x, c.y - centre.y) < centre.size / 2
      );
    });
    if (twin === undefined) kept.push(code);
  }
  return kept;
}

function findCentre({ corners }: QrCode): { x: number; y: number; size: number } {
  const [a, , c] = corners;
  return { x: (a.x + c.x) / 2, y: (a.y + c.y) / 2, size: Math.hypot(c.x - a.x, c.y - a.y) };
}

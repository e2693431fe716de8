import type { ReaderOptions } from 'zxing-wasm/reader';
import type { QrEngine, QrWasmSource } from './qr-code.ts';

const readerOptions: ReaderOptions = {
  formats: ['QRCode'],
  tryHarder: true,
  tryInvert: true,
  tryRotate: false,
  tryDownscale: true,
  maxNumberOfSymbols: 255,
};

/**
 * Loads zxing-wasm lazily from `source`. Rejects when WebAssembly cannot run
 * (missing, or refused by a CSP) so that the caller can fall back to jsqr.
 */
export async function loadZxingEngine(source: QrWasmSource): Promise<QrEngine> {
  const zxing = await import('zxing-wasm/reader');
  // Overrides replace zxing's own locateFile, which points at a CDN.
  const overrides =
    'wasmUrl' in source
      ? {
          locateFile: (path: string, prefix: string) =>
            path.endsWith('.wasm') ? source.wasmUrl : prefix + path,
        }
      : { wasmBinary: toArrayBuffer(source.wasmBinary) };
  await zxing.prepareZXingModule({ overrides, fireImmediately: true });
  return {
    name: 'zxing',
    async read(pixels) {
      // zxing reads only data, width and height of an ImageData (node has no ImageData class).
      const results = await zxing.readBarcodes(pixels as ImageData, readerOptions);
      return results
        .filter((result) => result.isValid)
        .map(({ text, position: p }) => ({
          text,
          corners: [p.topLeft, p.topRight, p.bottomRight, p.bottomLeft],
        }));
    },
  };
}

function toArrayBuffer(bytes: ArrayBuffer | Uint8Array): ArrayBuffer {
  if (bytes instanceof ArrayBuffer) return bytes;
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

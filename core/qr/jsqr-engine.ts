import type { Pixels, QrCode, QrEngine } from './qr-code.ts';

// jsqr returns at most one code a call: blank each found code and look again.
const maxCodes = 8;

/** Loads jsqr lazily: the fallback where WebAssembly cannot run. */
export async function loadJsqrEngine(): Promise<QrEngine> {
  const { default: jsQR } = await import('jsqr');
  return {
    name: 'jsqr',
    read(pixels) {
      const work = new Uint8ClampedArray(pixels.data);
      const codes: QrCode[] = [];
      while (codes.length < maxCodes) {
        const found = jsQR(work, pixels.width, pixels.height, { inversionAttempts: 'attemptBoth' });
        if (found === null) break;
        const { topLeftCorner, topRightCorner, bottomRightCorner, bottomLeftCorner } =
          found.location;
        const corners: QrCode['corners'] = [
          topLeftCorner,
          topRightCorner,
          bottomRightCorner,
          bottomLeftCorner,
        ];
        codes.push({ text: found.data, corners });
        blankArea({ ...pixels, data: work }, corners);
      }
      return Promise.resolve(codes);
    },
  };
}

/** Paints the bounding box of `corners` (with a margin for the finder patterns) in the colour of one of its outer pixels. */
function blankArea(pixels: Pixels, corners: QrCode['corners']): void {
  const xs = corners.map((p) => p.x);
  const ys = corners.map((p) => p.y);
  const margin = Math.ceil((Math.max(...xs) - Math.min(...xs)) / 10);
  const x0 = Math.max(0, Math.floor(Math.min(...xs)) - margin);
  const x1 = Math.min(pixels.width - 1, Math.ceil(Math.max(...xs)) + margin);
  const y0 = Math.max(0, Math.floor(Math.min(...ys)) - margin);
  const y1 = Math.min(pixels.height - 1, Math.ceil(Math.max(...ys)) + margin);
  const fill = pixels.data.slice((y0 * pixels.width + x0) * 4, (y0 * pixels.width + x0) * 4 + 4);
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) pixels.data.set(fill, (y * pixels.width + x) * 4);
  }
}

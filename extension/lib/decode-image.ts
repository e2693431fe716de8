import { browser } from 'wxt/browser';
import { configureQrDecoder, decodeQrCodes } from '../../core/qr/decode-qr.ts';
import { HavenError } from '../../core/errors.ts';

let configured = false;

/**
 * The texts of every QR code in an image given as a URL (a data: URL from
 * the page or a tab capture). Decoding runs here, in the extension's own
 * context, where our CSP allows WebAssembly — never in the page.
 */
export async function decodeImageUrl(url: string): Promise<string[]> {
  if (!configured) {
    // The build hook in wxt.config.ts copies the wasm in, so WXT's typed public paths don't list it.
    configureQrDecoder({
      wasmUrl: new URL('/zxing_reader.wasm', browser.runtime.getURL('/')).href,
    });
    configured = true;
  }
  const blob = await (await fetch(url)).blob();
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob);
  } catch (cause) {
    throw new HavenError('qr/not-an-image', 'the image cannot be decoded', { cause });
  }
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new HavenError('qr/unreadable', 'no 2D canvas to read the image');
  context.drawImage(bitmap, 0, 0);
  const { data, width, height } = context.getImageData(0, 0, bitmap.width, bitmap.height);
  bitmap.close();
  return (await decodeQrCodes({ data, width, height })).map((code) => code.text);
}

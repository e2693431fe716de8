import { browser } from 'wxt/browser';
import { configureQrDecoder, decodeQrCodes, getQrDecoderName } from '../../core/qr/decode-qr.ts';
import { HavenError } from '../../core/errors.ts';

let configured = false;

function configureOnce(): void {
  if (configured) return;
  // The build hook in wxt.config.ts copies the wasm in, so WXT's typed public paths don't list it.
  configureQrDecoder({ wasmUrl: new URL('/zxing_reader.wasm', browser.runtime.getURL('/')).href });
  configured = true;
}

/**
 * Loads the decoder (compiles zxing's wasm) before the first image comes, so
 * that the first QR code a page shows is not kept waiting for it.
 */
export async function prepareImageDecoder(): Promise<void> {
  configureOnce();
  await getQrDecoderName();
}

/** True for a data: URL of an image. */
export function isDataImage(url: string): boolean {
  return /^data:image\/[a-z0-9.+-]+[;,]/i.test(url);
}

/** True for what decodeImageUrl reads: a data:image URL, or a blob: URL this extension made. */
export function isHandedImage(url: string): boolean {
  return isDataImage(url) || url.startsWith(`blob:${new URL(browser.runtime.getURL('/')).origin}/`);
}

/**
 * The texts of every QR code in an image given as a URL (a data: URL from
 * the page or a tab capture, a blob: URL of a file the user picked).
 * Decoding runs here, in the extension's own context, where our CSP allows
 * WebAssembly — never in the page. Any other URL is refused, not fetched.
 */
export async function decodeImageUrl(url: string): Promise<string[]> {
  if (!isHandedImage(url)) throw new HavenError('qr/not-an-image', 'not a data: or blob: image');
  configureOnce();
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

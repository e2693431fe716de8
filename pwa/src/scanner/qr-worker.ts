/**
 * The QR decoder's own thread: camera frames and image files are decoded
 * here, so the page stays responsive while zxing works. zxing's .wasm is a
 * file of this app (precached by the service worker), never a CDN.
 */
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import { HavenError, isHavenError } from '../../../core/errors.ts';
import { configureQrDecoder, decodeQrCodes } from '../../../core/qr/decode-qr.ts';
import type { DecodeReply, DecodeRequest } from './decode-protocol.ts';

configureQrDecoder({ wasmUrl: new URL(wasmUrl, self.location.href).href });

self.onmessage = async ({ data }: MessageEvent<DecodeRequest>) => {
  let reply: DecodeReply;
  try {
    const bitmap = data.kind === 'frame' ? data.bitmap : await readBlob(data.blob);
    reply = { id: data.id, texts: await decodeBitmap(bitmap) };
  } catch (error) {
    if (!isHavenError(error)) console.error(error);
    reply = {
      id: data.id,
      error: isHavenError(error)
        ? { code: error.code, message: error.message }
        : { code: 'qr/unreadable', message: String(error) },
    };
  }
  self.postMessage(reply);
};

async function readBlob(blob: Blob): Promise<ImageBitmap> {
  try {
    return await createImageBitmap(blob);
  } catch (cause) {
    throw new HavenError('qr/not-an-image', 'the file is not an image this browser can read', {
      cause,
    });
  }
}

async function decodeBitmap(bitmap: ImageBitmap): Promise<string[]> {
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new HavenError('qr/unreadable', 'no 2D canvas in the worker');
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
  return (await decodeQrCodes({ data, width, height })).map((code) => code.text);
}

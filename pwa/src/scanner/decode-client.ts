import { HavenError } from '../../../core/errors.ts';
import type { DecodeReply, DecodeRequest } from './decode-protocol.ts';

type Pending = { resolve: (texts: string[]) => void; reject: (error: unknown) => void };

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

/** The one QR worker, started on first use and kept for the next scan. */
function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./qr-worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = ({ data }: MessageEvent<DecodeReply>) => {
    const job = pending.get(data.id);
    pending.delete(data.id);
    if (!job) return;
    if ('texts' in data) job.resolve(data.texts);
    else job.reject(new HavenError(data.error.code, data.error.message));
  };
  worker.onerror = (event) => {
    const cause = new Error(event.message);
    for (const job of pending.values())
      job.reject(new HavenError('qr/unreadable', 'the QR worker failed', { cause }));
    pending.clear();
    worker = undefined;
  };
  return worker;
}

function send(request: DecodeRequest, transfer: Transferable[]): Promise<string[]> {
  return new Promise((resolve, reject) => {
    pending.set(request.id, { resolve, reject });
    getWorker().postMessage(request, transfer);
  });
}

/** The texts of the QR codes in a camera frame; the bitmap is handed over to the worker. */
export function decodeFrame(bitmap: ImageBitmap): Promise<string[]> {
  return send({ id: nextId++, kind: 'frame', bitmap }, [bitmap]);
}

/** The texts of the QR codes in an image file or pasted screenshot. */
export function decodeImageFile(blob: Blob): Promise<string[]> {
  return send({ id: nextId++, kind: 'blob', blob }, []);
}

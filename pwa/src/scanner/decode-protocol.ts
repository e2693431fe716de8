import type { ErrorCode } from '../../../core/errors.ts';

/** A decode job for the QR worker: a camera frame (transferred) or an image file. */
export type DecodeRequest =
  { id: number; kind: 'frame'; bitmap: ImageBitmap } | { id: number; kind: 'blob'; blob: Blob };

/** The worker's answer: the texts of every QR code found, or the HavenError it met. */
export type DecodeReply =
  { id: number; texts: string[] } | { id: number; error: { code: ErrorCode; message: string } };

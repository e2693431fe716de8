/**
 * One QR code of a transfer between two Havencodes (see transfer.ts), read
 * without any crypto, so a camera scanner can gather the frames cheaply.
 */

/** What every frame starts with; `1` is the format's version. */
export const TRANSFER_PREFIX = 'havencode-transfer:1/';

const FRAME = /^havencode-transfer:1\/([A-Za-z0-9_-]{8,32})\/(\d+)\/(\d+)\/([A-Za-z0-9_-]+)$/;

/** One frame read back. */
export interface TransferFrame {
  id: string;
  index: number;
  total: number;
  data: string;
}

/** The frame in `text`, or undefined when it is not a transfer frame. */
export function parseTransferFrame(text: string): TransferFrame | undefined {
  const match = FRAME.exec(text.trim());
  if (!match) return undefined;
  const [, id = '', index, total, data = ''] = match;
  const frame = { id, index: Number(index), total: Number(total), data };
  return frame.index < frame.total ? frame : undefined;
}

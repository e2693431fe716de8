import { parseTransferFrame } from '../../../core/backup/transfer-frame.ts';
import { isHavenError } from '../../../core/errors.ts';
import { isAccountUri, isMigrationUri, parseMigrationUri } from '../../../core/uri/index.ts';

/** What a scan has found so far. */
export type ScanStep =
  | { kind: 'complete'; texts: string[] }
  | { kind: 'partial'; done: number; total: number }
  /** QR codes, but none holds an account (a website, a ticket). */
  | { kind: 'other' }
  | { kind: 'nothing' };

/**
 * Gathers the QR codes of one Google Authenticator export, which spreads
 * many accounts over several codes (batchSize, batchIndex, batchId): the scan
 * is complete when every part of a batch was seen; a plain otpauth:// code
 * or a one-part export completes it at once.
 */
export function createBatchCollector() {
  const batches = new Map<number, { total: number; parts: Map<number, string> }>();
  const transfers = createTransferCollector();

  return {
    /** Takes the texts of one frame; tells whether the scan is complete. */
    offer(texts: string[]): ScanStep {
      const transfer = transfers.offer(texts);
      if (transfer !== undefined) return transfer;
      const uris = texts.map((text) => text.trim()).filter(isAccountUri);
      const plain = uris.filter((uri) => !isMigrationUri(uri));
      if (plain.length > 0) return { kind: 'complete', texts: plain };
      let latest: ScanStep = { kind: uris.length < texts.length ? 'other' : 'nothing' };
      for (const uri of uris) {
        let info: ReturnType<typeof parseMigrationUri>;
        try {
          info = parseMigrationUri(uri);
        } catch (error) {
          if (!isHavenError(error)) throw error;
          // A damaged export: hand it on, so the add step shows the parser's own message.
          return { kind: 'complete', texts: [uri] };
        }
        const batch = batches.get(info.batchId) ?? {
          total: info.batchSize,
          parts: new Map<number, string>(),
        };
        batches.set(info.batchId, batch);
        batch.parts.set(info.batchIndex, uri);
        if (batch.parts.size >= batch.total) {
          const ordered = [...batch.parts.entries()].sort(([a], [b]) => a - b);
          return { kind: 'complete', texts: ordered.map(([, text]) => text) };
        }
        latest = { kind: 'partial', done: batch.parts.size, total: batch.total };
      }
      return latest;
    },
    /** Every export part seen so far, for 'add what was scanned'. */
    collected(): string[] {
      return [...batches.values()].flatMap((batch) => [...batch.parts.values()]);
    },
  };
}

/**
 * Gathers the sealed QR codes of a transfer from another Havencode, which
 * go round on its screen: complete once every frame of one transfer was seen.
 */
function createTransferCollector() {
  const transfers = new Map<string, Map<number, string>>();
  return {
    /** The step, or undefined when the frame holds no transfer code. */
    offer(texts: string[]): ScanStep | undefined {
      let latest: ScanStep | undefined;
      for (const text of texts) {
        const frame = parseTransferFrame(text);
        if (frame === undefined) continue;
        const parts = transfers.get(frame.id) ?? new Map<number, string>();
        transfers.set(frame.id, parts);
        parts.set(frame.index, text.trim());
        if (parts.size >= frame.total) {
          const ordered = [...parts.entries()].sort(([a], [b]) => a - b);
          return { kind: 'complete', texts: ordered.map(([, part]) => part) };
        }
        latest = { kind: 'partial', done: parts.size, total: frame.total };
      }
      return latest;
    },
  };
}

/** Test helpers shared by the decoder's unit tests (not part of the decoder). */
import { readFileSync } from 'node:fs';

/** zxing's reader wasm from node_modules, as the CLI loads it. */
export const wasmBinary = readFileSync(
  new URL(import.meta.resolve('zxing-wasm/reader/zxing_reader.wasm')),
);

/**
 * A freshly imported decoder, configured with `source`. Tests call
 * vi.resetModules() first: the decoder keeps its configuration and loaded
 * engine in module state.
 */
export async function loadDecoder(
  source: Parameters<typeof import('./decode-qr.ts').configureQrDecoder>[0],
) {
  const decoder = await import('./decode-qr.ts');
  decoder.configureQrDecoder(source);
  return decoder;
}

import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { isHavenError } from '../core/errors.ts';
import { configureQrDecoder, decodeQrCodes, getQrDecoderName } from '../core/qr/decode-qr.ts';
import { readImageFile } from './read-image.ts';

/** Where the command writes: one call a line, without the newline. */
export type CommandIo = { stdout: (line: string) => void; stderr: (line: string) => void };

/** Points the QR decoder at zxing's .wasm in node_modules (read from disk, never fetched) and loads it. */
export async function configureNodeQrDecoder(): Promise<void> {
  const path = fileURLToPath(import.meta.resolve('zxing-wasm/reader/zxing_reader.wasm'));
  configureQrDecoder({ wasmBinary: await readFile(path) });
  // Load now, so that the first image's decode time does not include compiling the .wasm.
  await getQrDecoderName();
}

/**
 * `havencode decode-qr <image>... [--json]`: prints every decoded text, one a
 * line, or with --json `[{ file, texts, ms }]` (ms: decoding only, not reading).
 * Returns the exit code: 0, or 2 with one line on stderr for bad input.
 */
export async function decodeQrCommand(args: string[], io: CommandIo): Promise<number> {
  const json = args.includes('--json');
  const files = args.filter((arg) => arg !== '--json');
  const unknown = files.find((arg) => arg.startsWith('--'));
  const usageProblem =
    unknown !== undefined
      ? `unknown option ${unknown}`
      : files.length === 0
        ? 'no image given'
        : undefined;
  if (usageProblem !== undefined) {
    io.stderr(
      `havencode decode-qr: ${usageProblem} (usage: havencode decode-qr <image>... [--json])`,
    );
    return 2;
  }
  await configureNodeQrDecoder();
  try {
    const results: { file: string; texts: string[]; ms: number }[] = [];
    for (const file of files) {
      const pixels = await readImageFile(file);
      const started = performance.now();
      const codes = await decodeQrCodes(pixels);
      const ms = Math.round((performance.now() - started) * 10) / 10;
      results.push({ file, texts: codes.map((code) => code.text), ms });
    }
    if (json) io.stdout(JSON.stringify(results));
    else for (const { texts } of results) texts.forEach((text) => io.stdout(text));
    return 0;
  } catch (error) {
    // Anything but a HavenError is a bug, and keeps its stack trace.
    if (!isHavenError(error)) throw error;
    io.stderr(`havencode decode-qr: ${error.message}`);
    return 2;
  }
}

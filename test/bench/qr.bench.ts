/**
 * QR benchmark: on the same generated corpus, our decoder (zxing-wasm with
 * colour passes), plain jsqr, and `zbarimg`; codes found/total, wrong texts,
 * median and p95 ms per image. Prints a table, writes results/qr.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { configureNodeQrDecoder } from '../../cli/decode-qr.ts';
import { readImageFile } from '../../cli/read-image.ts';
import { decodeQrCodes, getQrDecoderName } from '../../core/qr/decode-qr.ts';
import type { Pixels } from '../../core/qr/qr-code.ts';
import { defaultCorpusDir, ensureCorpus, type CorpusSet } from '../qr-corpus/generate.ts';
import { percentile, round } from './stats.ts';

type Decoder = 'ours' | 'jsqr' | 'zbarimg';
type Tally = { found: number; total: number; wrong: number; ms: number[]; missed: string[] };

const decoders: Record<Decoder, (pixels: Pixels, file: string) => Promise<string[]>> = {
  ours: async (pixels) => (await decodeQrCodes(pixels)).map((code) => code.text),
  jsqr: (pixels) => {
    const code = jsQR(pixels.data, pixels.width, pixels.height);
    return Promise.resolve(code === null ? [] : [code.data]);
  },
  // zbarimg's time includes starting the process and reading the file: it has no other way.
  zbarimg: (_pixels, file) => {
    const run = spawnSync('zbarimg', ['--nodbus', '-q', '--raw', '-Stest-inverted', file], {
      encoding: 'utf8',
    });
    return Promise.resolve(run.stdout.split('\n').filter((line) => line !== ''));
  },
};

const started = performance.now();
const manifest = ensureCorpus();
console.log(
  `corpus: ${manifest.images.length} images (${Math.round(performance.now() - started)} ms to ensure)`,
);
await configureNodeQrDecoder();
console.log(`our decoder: ${await getQrDecoderName()}`);

const tallies = new Map<string, Tally>();
for (const image of manifest.images) {
  const file = join(defaultCorpusDir, image.file);
  const pixels = await readImageFile(file);
  for (const [name, decode] of Object.entries(decoders)) {
    const before = performance.now();
    const texts = await decode(pixels, file);
    const ms = performance.now() - before;
    const tally = getTally(`${image.set}|${name}`);
    const found = image.texts.filter((text) => texts.includes(text)).length;
    tally.found += found;
    tally.total += image.texts.length;
    tally.wrong += texts.filter((text) => !image.texts.includes(text)).length;
    tally.ms.push(ms);
    if (found < image.texts.length)
      tally.missed.push(`${image.file} (${found}/${image.texts.length})`);
  }
}

const sets: CorpusSet[] = ['screen-1080p', 'screen-4k', 'camera'];
const rows = sets.flatMap((set) =>
  (Object.keys(decoders) as Decoder[]).map((decoder) => {
    const t = getTally(`${set}|${decoder}`);
    return {
      set,
      decoder,
      found: t.found,
      total: t.total,
      recall: round(t.found / t.total, 3),
      wrong: t.wrong,
      medianMs: round(percentile(t.ms, 0.5), 1),
      p95Ms: round(percentile(t.ms, 0.95), 1),
      missed: t.missed,
    };
  }),
);
console.table(
  rows.map(({ missed: _, ...row }) => ({ ...row, found: `${row.found}/${row.total}` })),
);
for (const row of rows.filter((r) => r.decoder === 'ours' && r.missed.length > 0)) {
  console.log(`ours missed in ${row.set}: ${row.missed.join(', ')}`);
}
const resultsDir = join(import.meta.dirname, 'results');
mkdirSync(resultsDir, { recursive: true });
writeFileSync(
  join(resultsDir, 'qr.json'),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, 2)}\n`,
);

function getTally(key: string): Tally {
  let tally = tallies.get(key);
  if (tally === undefined) {
    tally = { found: 0, total: 0, wrong: 0, ms: [], missed: [] };
    tallies.set(key, tally);
  }
  return tally;
}

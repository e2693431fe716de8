/**
 * CLI start time (issue 11): `havencode code <uri>` against a bare `node -e 0`,
 * run alternately so both see the same machine load; the target is at most
 * twice as slow. Builds the CLI bundle first, as `npm run build` does.
 * Writes test/bench/results/cli.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli } from '../../cli/build-cli.js';
import { median, round } from './stats.ts';

const RUNS = 15;
const URI = 'otpauth://totp/C-point:jdevos?secret=JBSWY3DPEHPK3PXP&issuer=C-point';
const bin = fileURLToPath(new URL('../../bin/havencode.js', import.meta.url));

function time(args: string[]): number {
  const started = performance.now();
  execFileSync(process.execPath, args, { stdio: 'ignore' });
  return performance.now() - started;
}

await buildCli();
time(['-e', '0']); // warm the file cache for both
time([bin, 'code', URI]);
const bare: number[] = [];
const code: number[] = [];
for (let i = 0; i < RUNS; i++) {
  bare.push(time(['-e', '0']));
  code.push(time([bin, 'code', URI]));
}

const results = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  runs: RUNS,
  medianMs: { 'node -e 0': round(median(bare), 1), 'havencode code <uri>': round(median(code), 1) },
  ratio: round(median(code) / median(bare), 2),
  target: 2,
};

console.log(`\nstart time, median of ${RUNS} runs each (ms):`);
console.table(results.medianMs);
console.log(`havencode code / node -e 0 = ${results.ratio} (target ≤ ${results.target})`);
const dir = join(import.meta.dirname, 'results');
await mkdir(dir, { recursive: true });
await writeFile(join(dir, 'cli.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`written ${join(dir, 'cli.json')}`);

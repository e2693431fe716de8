/**
 * `npm run bench`: runs every `test/bench/*.bench.ts` one after another (never
 * in parallel, so they do not disturb each other's timings). Each bench prints
 * its own table and writes `test/bench/results/<name>.json`.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = import.meta.dirname;
const only = process.argv.slice(2);
const benches = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((name) => f.startsWith(name)))
  .sort();

let failed = 0;
for (const file of benches) {
  console.log(`\n== ${file}`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(dir, file)], {
    stdio: 'inherit',
  });
  if (run.status !== 0) failed++;
}
if (benches.length === 0) console.log('no benchmarks found');
process.exit(failed === 0 ? 0 : 1);

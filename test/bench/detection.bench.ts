/**
 * Detection over the corpus (test/corpus/index.md) with the built extension
 * in Chromium: per kind of page, how many were filled (or offered) right,
 * filled wrong, or missed, and the median time from the field (or QR code)
 * appearing to the code in it (or the offer next to it).
 * Writes test/bench/results/detection.json.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runCorpus, type PageResult } from '../corpus/run-corpus.ts';
import { summarise } from './stats.ts';

function tally(results: readonly PageResult[]) {
  const times = results.flatMap((r) => (r.correct && r.ms !== undefined ? [r.ms] : []));
  return {
    pages: results.length,
    right: results.filter((r) => r.correct).length,
    wrong: results.filter((r) => r.wrongFill).length,
    missed: results.filter((r) => !r.correct && !r.wrongFill).length,
    ms: times.length === 0 ? { median: '-', p95: '-', count: 0 } : summarise(times),
  };
}

const started = Date.now();
const results = await runCorpus();
const kinds = [...new Set(results.map((r) => r.page.kind))].sort();
const table = Object.fromEntries(
  kinds.map((kind) => [kind, tally(results.filter((r) => r.page.kind === kind))]),
);
const all = tally(results);

console.log('kind      pages  right  wrong  missed  median ms  p95 ms');
for (const [kind, row] of [...Object.entries(table), ['all', all] as const]) {
  console.log(
    `${kind.padEnd(9)} ${String(row.pages).padStart(5)}  ${String(row.right).padStart(5)}  ${String(row.wrong).padStart(5)}  ${String(row.missed).padStart(6)}  ${String(row.ms.median).padStart(9)}  ${String(row.ms.p95).padStart(6)}`,
  );
}
for (const r of results.filter((result) => !result.correct)) {
  console.log(`  ✗ ${r.page.name}: expected ${r.page.expect}, got ${r.outcome} (${r.detail})`);
}
console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);

const out = join(import.meta.dirname, 'results');
await mkdir(out, { recursive: true });
await writeFile(
  join(out, 'detection.json'),
  `${JSON.stringify(
    {
      kinds: table,
      all,
      pages: results.map((r) => ({
        name: r.page.name,
        kind: r.page.kind,
        expect: r.page.expect,
        outcome: r.outcome,
        correct: r.correct,
        wrongFill: r.wrongFill,
        ms: r.ms,
      })),
    },
    null,
    2,
  )}\n`,
);

/**
 * The content script's size (issue 11): the JavaScript every MyCepa,
 * C-point and linked page loads, as built for Chrome (the Firefox build
 * beside it), against the budget of at most 25 kB. Builds both first, so
 * it measures the code as it is, and fails above the budget. Writes
 * test/bench/results/content-size.json.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'wxt';
import { builtContentScripts, CONTENT_SCRIPT_MAX_BYTES } from './content-budget.ts';

const root = join(import.meta.dirname, '../..');
await build({ root, browser: 'chrome' });
await build({ root, browser: 'firefox' });

const results = {
  date: new Date().toISOString(),
  bytes: await builtContentScripts(),
  targetBytes: CONTENT_SCRIPT_MAX_BYTES,
};

console.log(
  `content script (.output/chrome-mv3/content-scripts/content.js) = ${results.bytes.chrome} bytes` +
    ` (Firefox ${results.bytes.firefox}; target ≤ ${CONTENT_SCRIPT_MAX_BYTES})`,
);
const dir = join(import.meta.dirname, 'results');
await mkdir(dir, { recursive: true });
await writeFile(join(dir, 'content-size.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`written ${join(dir, 'content-size.json')}`);
if (Math.max(results.bytes.chrome, results.bytes.firefox) > CONTENT_SCRIPT_MAX_BYTES) {
  console.error(`content script over its budget of ${CONTENT_SCRIPT_MAX_BYTES} bytes`);
  process.exitCode = 1;
}

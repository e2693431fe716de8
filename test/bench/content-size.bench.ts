/**
 * The content script's size (issue 11): the JavaScript every MyCepa,
 * C-point and linked page loads, as built for Chrome (the Firefox build
 * beside it), against the target of at most 25 kB. Builds both first, so
 * it measures the code as it is. Writes test/bench/results/content-size.json.
 */
import { stat, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'wxt';

const root = join(import.meta.dirname, '../..');
const TARGET_BYTES = 25_000;

async function contentScriptBytes(browser: 'chrome' | 'firefox', dir: string): Promise<number> {
  await build({ root, browser });
  return (await stat(join(root, '.output', dir, 'content-scripts/content.js'))).size;
}

const results = {
  date: new Date().toISOString(),
  bytes: {
    chrome: await contentScriptBytes('chrome', 'chrome-mv3'),
    firefox: await contentScriptBytes('firefox', 'firefox-mv2'),
  },
  targetBytes: TARGET_BYTES,
};

console.log(
  `content script (.output/chrome-mv3/content-scripts/content.js) = ${results.bytes.chrome} bytes` +
    ` (Firefox ${results.bytes.firefox}; target ≤ ${TARGET_BYTES})`,
);
const dir = join(import.meta.dirname, 'results');
await mkdir(dir, { recursive: true });
await writeFile(join(dir, 'content-size.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`written ${join(dir, 'content-size.json')}`);

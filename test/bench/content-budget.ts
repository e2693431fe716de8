/**
 * The content script's byte budget (issue 11): the JavaScript every MyCepa,
 * C-point and linked page loads, as built. Shared by the bench
 * (content-size.bench.ts) and the test (test/e2e/content-size.test.ts).
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';

/** At most 25 kB as built, for Chrome and for Firefox. */
export const CONTENT_SCRIPT_MAX_BYTES = 25_000;

const OUTPUT = join(import.meta.dirname, '../../.output');

/** Each build's content script and its size in bytes, as `wxt build` last wrote them. */
export async function builtContentScripts(): Promise<{ chrome: number; firefox: number }> {
  const bytes = async (dir: string) =>
    (await stat(join(OUTPUT, dir, 'content-scripts/content.js'))).size;
  return { chrome: await bytes('chrome-mv3'), firefox: await bytes('firefox-mv2') };
}

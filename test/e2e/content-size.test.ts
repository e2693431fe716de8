import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../harness/browser.ts';
import { builtContentScripts, CONTENT_SCRIPT_MAX_BYTES } from '../bench/content-budget.ts';

// Issue 11: the script every MyCepa, C-point and linked page loads stays small.
describe('the content script as built', () => {
  it(`is at most ${CONTENT_SCRIPT_MAX_BYTES} bytes for Chrome and for Firefox`, async () => {
    const bytes = await builtContentScripts();
    console.log(`content script: Chrome ${bytes.chrome} bytes, Firefox ${bytes.firefox} bytes`);
    expect(bytes.chrome).toBeLessThanOrEqual(CONTENT_SCRIPT_MAX_BYTES);
    expect(bytes.firefox).toBeLessThanOrEqual(CONTENT_SCRIPT_MAX_BYTES);
  });

  it("starts main() without WXT's ContentScriptContext, which posts the extension's id to the page", async () => {
    const script = await readFile(join(EXTENSION_DIR, 'content-scripts/content.js'), 'utf8');
    expect(script).not.toContain('wxt:content-script-started');
  });
});

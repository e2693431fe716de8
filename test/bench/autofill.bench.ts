/**
 * Autofill under load, in real Chromium with the built extension and an
 * unlocked vault: a C-point page of about 10 000 nodes with a stream of
 * mutations (added subtrees, class and style changes, removals), then the
 * code field appears. Measures the time from the field appearing to the
 * code in it, and what the content script costs the page's main thread per
 * mutation batch: script, style and layout time on the site (content script
 * running) minus the same page on an origin where it does not run.
 * Writes test/bench/results/autofill.json.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { serveFixtures } from '../autofill/harness.ts';
import {
  addUri,
  cpointUri,
  DEMO,
  launchExtensionBrowser,
  recentCodes,
  setUpWithPin,
} from '../e2e/extension-helpers.ts';
import { busySections, CODE_FORM, MUTATION_STEP, STREAM_STEPS } from './busy-page.ts';
import { median, round, summarise } from './stats.ts';

const RUNS = 12;

/** The busy page (busy-page.ts): it streams mutations once the content script is watching. */
function buildPage(): string {
  const sections = busySections();
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Verificatie - C-point</title></head>
<body><h1>Authenticator App</h1>${sections}<div id="app"></div>
<script>
document.addEventListener('input', () => { window.__filledAt ??= performance.now(); }, true);
window.addEventListener('load', () => setTimeout(() => {
  const sections = document.querySelectorAll('section');
  let step = 0;
  const timer = setInterval(() => {
${MUTATION_STEP}
    if (++step === ${STREAM_STEPS}) {
      clearInterval(timer);
      const form = document.createElement('form');
      form.innerHTML = ${JSON.stringify(CODE_FORM)};
      document.getElementById('s57').append(form);
      window.__appearedAt = performance.now();
    }
  }, 2);
}, 700));
</script></body></html>`;
}

const MAIN_THREAD = ['ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration'];

/** Loads `url`, lets the stream run, and returns main-thread seconds and the fill timing. */
async function runOnce(page: Page, url: string, expectFill: boolean) {
  const session = await page.createCDPSession();
  await session.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  const read = async () => {
    const { metrics } = await session.send('Performance.getMetrics');
    return metrics.filter((m) => MAIN_THREAD.includes(m.name)).reduce((sum, m) => sum + m.value, 0);
  };
  const before = await read();
  await page.waitForFunction('window.__appearedAt !== undefined', { timeout: 20_000 });
  if (expectFill) await page.waitForFunction('window.__filledAt !== undefined', { timeout: 5000 });
  else await new Promise((resolve) => setTimeout(resolve, 300));
  const mainThreadMs = ((await read()) - before) * 1000;
  const page_ = await page.evaluate(`({
    appearedAt: window.__appearedAt,
    filledAt: window.__filledAt,
    nodes: document.getElementsByTagName('*').length,
    value: document.getElementById('otp').value,
  })`);
  await session.detach();
  return {
    mainThreadMs,
    ...(page_ as { appearedAt: number; filledAt?: number; nodes: number; value: string }),
  };
}

const ext = await launchExtensionBrowser({ sites: { hostRules: 'MAP nothing.invalid 127.0.0.1' } });
const popup = await ext.openPopup();
await setUpWithPin(popup);
await addUri(popup, cpointUri(DEMO.cpoint.username, DEMO.cpoint.secret), 1);
const page = await ext.browser.newPage();
await serveFixtures(page, { '/bench/load': buildPage() });

const appearToFill: number[] = [];
const withScript: number[] = [];
const without: number[] = [];
let nodes = 0;
for (let run = 0; run < RUNS; run++) {
  const site = await runOnce(page, 'https://www.c-point.be/bench/load', true);
  if (!recentCodes(DEMO.cpoint.secret).includes(site.value)) {
    throw new Error(`run ${run}: field holds ${site.value}`);
  }
  appearToFill.push((site.filledAt ?? Number.NaN) - site.appearedAt);
  withScript.push(site.mainThreadMs);
  nodes = site.nodes;
  const bare = await runOnce(page, 'https://elsewhere.example.test/bench/load', false);
  if (bare.value !== '') throw new Error(`run ${run}: filled where no script runs`);
  without.push(bare.mainThreadMs);
}

const perBatch = (median(withScript) - median(without)) / STREAM_STEPS;
const results = {
  date: new Date().toISOString(),
  browser: await ext.browser.version(),
  nodes,
  runs: RUNS,
  streamSteps: STREAM_STEPS,
  appearToFillMs: summarise(appearToFill),
  mainThreadWithContentScriptMs: summarise(withScript),
  mainThreadWithoutMs: summarise(without),
  contentScriptPerBatchMs: round(perBatch, 3),
};
await ext.dispose();

console.table({
  'field appears → code in it (ms)': results.appearToFillMs,
  'main thread, page + content script (ms)': results.mainThreadWithContentScriptMs,
  'main thread, page alone (ms)': results.mainThreadWithoutMs,
});
console.log(
  `content script per mutation batch, ${nodes} nodes: ${results.contentScriptPerBatchMs} ms (difference of medians / ${STREAM_STEPS})`,
);
const dir = join(import.meta.dirname, 'results');
await mkdir(dir, { recursive: true });
await writeFile(join(dir, 'autofill.json'), `${JSON.stringify(results, null, 2)}\n`);

/**
 * Autofill under load, in real Chromium: a C-point page of about 10 000 nodes
 * with a stream of mutations (added subtrees, class and style changes,
 * removals), then the code field appears. Measures the watcher's cost per
 * mutation batch (observer callback, and the scheduled search that follows),
 * the first full scan, and the time from the field appearing to the code in it.
 * Writes test/bench/results/autofill.json.
 */
import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { AutofillReport } from '../autofill/entry.ts';
import { buildAutofillBundle, launchChromium, serveFixtures } from '../autofill/harness.ts';
import { busySections, CODE_FORM, MUTATION_STEP, STREAM_STEPS } from './busy-page.ts';
import { summarise } from './stats.ts';

const RUNS = 15;

/** The busy page (busy-page.ts) plus a script that times the observer and streams mutations. */
function buildPage(): string {
  const sections = busySections();
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Verificatie - C-point</title></head>
<body><h1>Authenticator App</h1>${sections}<div id="app"></div>
<script>
window.__batchMs = [];
const Native = MutationObserver;
// Times every observer callback on the page; only the watcher's observer exists.
window.MutationObserver = class extends Native {
  constructor(callback) {
    super((records, observer) => {
      const begin = performance.now();
      callback(records, observer);
      window.__batchMs.push(performance.now() - begin);
    });
  }
};
window.addEventListener('haven-ready', () => {
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
});
</script></body></html>`;
}

const [bundle, browser] = await Promise.all([buildAutofillBundle(), launchChromium()]);
const page = await browser.newPage();
await serveFixtures(page, { '/bench/load': buildPage() });
const account = { issuer: 'C-point', account: 'jdoe', links: [], code: '123456' };

const appearToFill: number[] = [];
const batchMs: number[] = [];
const flushMs: number[] = [];
const firstScanMs: number[] = [];
let nodes = 0;
for (let run = 0; run < RUNS; run++) {
  await page.goto('https://www.c-point.be/bench/load', { waitUntil: 'load' });
  await page.evaluate(bundle);
  firstScanMs.push(
    await page.evaluate((a) => {
      const begin = performance.now();
      (
        globalThis as unknown as { havenAutofill: { start: (x: unknown[], o: unknown) => string } }
      ).havenAutofill.start([a], { timed: true });
      return performance.now() - begin;
    }, account),
  );
  await page.waitForFunction(
    () => (globalThis as unknown as { havenReport: AutofillReport }).havenReport.fills.length > 0,
    { timeout: 10_000 },
  );
  const result = await page.evaluate(() => {
    const w = globalThis as unknown as {
      havenReport: AutofillReport;
      __appearedAt: number;
      __batchMs: number[];
    };
    return {
      report: w.havenReport,
      appearedAt: w.__appearedAt,
      batchMs: w.__batchMs,
      nodes: document.getElementsByTagName('*').length,
      value: (document.getElementById('otp') as HTMLInputElement).value,
    };
  });
  if (result.value !== account.code) throw new Error(`run ${run}: field holds ${result.value}`);
  const fill = result.report.fills[0];
  if (fill === undefined) throw new Error(`run ${run}: no fill`);
  appearToFill.push(fill.at - result.appearedAt);
  batchMs.push(...result.batchMs);
  flushMs.push(...result.report.flushMs);
  nodes = result.nodes;
}

const results = {
  date: new Date().toISOString(),
  browser: await browser.version(),
  nodes,
  runs: RUNS,
  streamSteps: STREAM_STEPS,
  // Chromium coarsens performance.now() to 0.1 ms on pages that are not cross-origin isolated.
  timerResolutionMs: 0.1,
  appearToFillMs: summarise(appearToFill),
  observerCallbackMs: summarise(batchMs),
  scheduledSearchMs: summarise(flushMs),
  firstScanMs: summarise(firstScanMs),
};
await browser.close();

console.table({
  'field appears → code in it (ms)': results.appearToFillMs,
  'observer callback per batch (ms)': results.observerCallbackMs,
  'scheduled search per turn (ms)': results.scheduledSearchMs,
  [`first full scan, ${nodes} nodes (ms)`]: results.firstScanMs,
});
const dir = join(import.meta.dirname, 'results');
await mkdir(dir, { recursive: true });
await writeFile(join(dir, 'autofill.json'), `${JSON.stringify(results, null, 2)}\n`);

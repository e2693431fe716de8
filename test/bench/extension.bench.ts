/**
 * The real extension in real Chromium, vault unlocked, on a C-point page:
 * - field appears → code in it: the page inserts the code form and notes
 *   when the field's `input` event (the fill) arrives;
 * - content-script cost on a page of about 10 000 nodes under a stream of
 *   DOM mutations: every task that runs the content script's code, from a
 *   Chromium trace (the script's observer lives in its own world, out of
 *   the page's reach);
 * - popup first render: from navigation start to the first Havencode view.
 * Writes test/bench/results/extension.json.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import {
  addUri,
  cpointUri,
  launchExtensionBrowser,
  setUpWithPin,
} from '../e2e/extension-helpers.ts';
import { startDemoSites } from '../sites/server.ts';
import { busySections, CODE_FORM, MUTATION_STEP, STREAM_STEPS } from './busy-page.ts';
import { summarise } from './stats.ts';

const RUNS = 20;

/** A C-point page; `big` adds the 10 000 nodes and the mutation stream (`window.__stream()`). */
function buildPage(big: boolean): string {
  const sections = big ? busySections() : '';
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Verificatie - C-point</title></head>
<body><h1>Authenticator App</h1>${sections}<div id="app"></div>
<script>
window.__showField = () => {
  const form = document.createElement('form');
  form.innerHTML = ${JSON.stringify(CODE_FORM)};
  document.getElementById('app').append(form);
  const appeared = performance.now();
  form.querySelector('input').addEventListener('input', () => { window.__fillMs = performance.now() - appeared; });
};
window.__stream = () => new Promise((done) => {
  const sections = document.querySelectorAll('section');
  let step = 0;
  const timer = setInterval(() => {
${MUTATION_STEP}
    if (++step === ${STREAM_STEPS}) { clearInterval(timer); done(); }
  }, 4);
});
</script></body></html>`;
}

/** Serves the bench pages on https://www.c-point.be/bench/* from here. */
async function servePages(page: Page): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path === '/bench/small' || path === '/bench/big') {
      void request.respond({ contentType: 'text/html', body: buildPage(path === '/bench/big') });
    } else void request.continue();
  });
}

/** Until the content script has started on the page (it answers the first field at once). */
async function waitForContentScript(page: Page): Promise<void> {
  await page.waitForNetworkIdle({ idleTime: 100 });
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  args?: { data?: { url?: string; functionName?: string } };
}

/** Durations (ms) of every function call into the content script during `work`. */
async function traceContentScript(page: Page, work: () => Promise<void>): Promise<number[]> {
  await page.tracing.start({ categories: ['devtools.timeline'] });
  await work();
  const trace = JSON.parse(new TextDecoder().decode(await page.tracing.stop())) as {
    traceEvents: TraceEvent[];
  };
  return trace.traceEvents
    .filter(
      (e) =>
        e.name === 'FunctionCall' &&
        e.ph === 'X' &&
        (e.args?.data?.url ?? '').includes('/content-scripts/content.js'),
    )
    .map((e) => (e.dur ?? 0) / 1000);
}

const sites = await startDemoSites();
const ext = await launchExtensionBrowser({ sites });
const popup = await ext.openPopup();
await setUpWithPin(popup);
await addUri(popup, cpointUri('bench', 'JBSWY3DPEHPK3PXP'));
for (let i = 0; i < 9; i++)
  await addUri(
    popup,
    `otpauth://totp/Other${i}:u${i}?secret=KRSXG5CTMVRXEZLU&issuer=Other${i}`,
    i + 2,
  );

const page = await ext.browser.newPage();
await servePages(page);
const appearToFill: Record<'small' | 'big', number[]> = { small: [], big: [] };
for (const big of [false, true]) {
  for (let run = 0; run < RUNS; run++) {
    await page.goto(`https://www.c-point.be/bench/${big ? 'big' : 'small'}`);
    await waitForContentScript(page);
    await page.evaluate(() => (window as unknown as { __showField: () => void }).__showField());
    await page.waitForFunction(() => '__fillMs' in window, { timeout: 5000 });
    appearToFill[big ? 'big' : 'small'].push(
      await page.evaluate(() => (window as unknown as { __fillMs: number }).__fillMs),
    );
  }
}

await page.goto('https://www.c-point.be/bench/big');
await waitForContentScript(page);
const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
const batchMs = await traceContentScript(page, () =>
  page.evaluate(() => (window as unknown as { __stream: () => Promise<void> }).__stream()),
);

// Popup first render: the first element with a data-testid, after navigation start.
const firstRender: Record<'locked' | 'unlocked', number[]> = { locked: [], unlocked: [] };
for (const state of ['unlocked', 'locked'] as const) {
  if (state === 'locked') {
    // Puppeteer's clicks wait for a frame to render, which a background tab never does.
    await popup.bringToFront();
    await popup.click('[data-testid=lock]');
  }
  for (let run = 0; run < RUNS / 2; run++) {
    const tab = await ext.browser.newPage();
    await tab.evaluateOnNewDocument(() => {
      new MutationObserver((_records, observer) => {
        if (!document.querySelector('[data-testid=add-open], [data-testid=unlock-pin]')) return;
        (window as unknown as { __renderedMs: number }).__renderedMs = performance.now();
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await tab.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await tab.waitForFunction(() => '__renderedMs' in window);
    firstRender[state].push(
      await tab.evaluate(() => (window as unknown as { __renderedMs: number }).__renderedMs),
    );
    await tab.close();
  }
}

const results = {
  date: new Date().toISOString(),
  browser: await ext.browser.version(),
  runs: RUNS,
  nodes,
  streamSteps: STREAM_STEPS,
  timerResolutionMs: 0.1,
  appearToFillMs: summarise(appearToFill.small),
  appearToFillBigPageMs: summarise(appearToFill.big),
  contentScriptPerBatchMs: summarise(batchMs),
  popupFirstRenderUnlockedMs: summarise(firstRender.unlocked),
  popupFirstRenderLockedMs: summarise(firstRender.locked),
};
await ext.dispose();
await sites.close();

console.table({
  'field appears → code in it (ms)': results.appearToFillMs,
  [`same, on the ${nodes}-node page (ms)`]: results.appearToFillBigPageMs,
  [`content script per mutation batch, ${nodes} nodes (ms)`]: results.contentScriptPerBatchMs,
  'popup first render, 10 accounts (ms)': results.popupFirstRenderUnlockedMs,
  'popup first render, locked (ms)': results.popupFirstRenderLockedMs,
});
const dir = join(import.meta.dirname, 'results');
await mkdir(dir, { recursive: true });
await writeFile(join(dir, 'extension.json'), `${JSON.stringify(results, null, 2)}\n`);

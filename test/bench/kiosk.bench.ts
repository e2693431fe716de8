/**
 * Kiosk mode at port scale, the built extension in real Chromium with a
 * managed policy file (needs root, like the kiosk e2e tests): 500 workers
 * on one PC (one enrolled with a virtual security key, 499 copies of its
 * vault row seeded into IndexedDB).
 * - lock screen render: navigation start → the search field in the DOM
 *   (loads the page, reads the policy, renders; the vaults are listed
 *   meanwhile), with one worker and with 500;
 * - lock screen painted: navigation start → the first frame that shows it
 *   (first-contentful-paint: nothing else on the kiosk popup has text), and
 *   split in two: the browser's own page start-up (navigation start → the
 *   HTML parsed, `domInteractive`; an empty extension page takes as long)
 *   and our code's part (the HTML parsed → the search field painted: loading
 *   and running the bundle, the policy, opening the database, rendering);
 * - beside it, the floor for any extension page on this machine: a blank
 *   page in the same extension whose one script writes a labelled field,
 *   opened just before each lock screen opening; the lock screen's own cost
 *   is the difference per pair, in the page (the target: ≤ 100 ms) and
 *   painted (a field written after the first frame takes 20–40 ms more to
 *   be shown here than one parsed with the page);
 * - a werkboeknummer typed the moment the field shows → that worker shown
 *   (the 500 vaults listed and indexed);
 * - search: one `input` event → the worker's button in the DOM;
 * - the search index alone (node), both with and without `listWorkers`.
 * Writes test/bench/results/kiosk.json.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { indexWorkers } from '../../core/kiosk/worker-search.ts';
import { launchBrowser } from '../harness/browser.ts';
import { manageExtension } from '../harness/managed-policy.ts';
import { kioskWorkers, seedWorkers } from '../e2e/kiosk-helpers.ts';
import { summarise } from './stats.ts';

const WORKERS = 500;
const RUNS = 15;
const SEARCHES = 40;
const URI = 'otpauth://totp/C-point:jan?secret=JBSWY3DPEHPK3PXP&issuer=C-point';
const names = Array.from({ length: WORKERS - 1 }, (_, i) => `Werknemer ${i} ${700000 + i}`);

const managed = await manageExtension({ kiosk: true });
await writeFile(
  join(managed.dir, 'blank.html'),
  '<!doctype html><html lang="nl"><meta charset="utf-8"><title>Havencode</title><body><script src="blank.js"></script>',
);
await writeFile(
  join(managed.dir, 'blank.js'),
  `document.body.innerHTML = '<label>Zoek je naam <input data-testid="worker-search"></label>';`,
);
const chromium = await launchBrowser({ extension: managed.dir, lang: 'nl' });
type Opening = { renderedMs: number; foundMs: number; paintedMs: number; parsedMs: number };
const opened: Record<'blank' | 'one' | 'all', Opening[]> = { blank: [], one: [], all: [] };
const search: number[] = [];

/**
 * Opens `path` once; in the page, from navigation start: when the search
 * field shows, and when a werkboeknummer typed at that very moment shows
 * its worker (the vaults listed, the index built, the answer drawn; for the
 * blank page, no worker: found when shown).
 */
async function openOnce(path: string, wanted = '', query = ''): Promise<Opening> {
  const page = await chromium.browser.newPage();
  await page.evaluateOnNewDocument(
    (wanted, query) => {
      const times = window as unknown as Partial<Opening>;
      new MutationObserver((_records, observer) => {
        const field = document.querySelector<HTMLInputElement>('[data-testid=worker-search]');
        if (!field) return;
        if (times.renderedMs === undefined) {
          times.renderedMs = performance.now();
          field.value = query;
          field.dispatchEvent(new Event('input', { bubbles: true }));
        }
        if (wanted && !document.querySelector(`[data-testid=profile][data-name="${wanted}"]`))
          return;
        times.foundMs = performance.now();
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    },
    wanted,
    query,
  );
  await page.goto(`chrome-extension://${chromium.extensionId}/${path}`);
  await page.waitForFunction(
    () => 'foundMs' in window && performance.getEntriesByName('first-contentful-paint').length > 0,
  );
  const opening = await page.evaluate(() => {
    const { renderedMs, foundMs } = window as unknown as Opening;
    const [painted] = performance.getEntriesByName('first-contentful-paint');
    const [navigation] = performance.getEntriesByType(
      'navigation',
    ) as PerformanceNavigationTiming[];
    const paintedMs = painted!.startTime;
    // The search field is what the first contentful frame shows.
    if (paintedMs < renderedMs) throw new Error('something painted before the search field');
    return { renderedMs, foundMs, paintedMs, parsedMs: navigation!.domInteractive };
  });
  await page.close();
  return opening;
}

try {
  const popup = await chromium.openPopup();
  await popup.waitForSelector('[data-testid=worker-search]', { timeout: 20_000 });
  await kioskWorkers(() => popup).enrol('Jan Peeters 654321', URI);
  for (let run = 0; run < RUNS; run++) {
    opened.one.push(await openOnce('popup.html', 'Jan Peeters 654321', '654321'));
  }
  await seedWorkers(popup, names);
  // Side by side: a blank page before each opening, so both meet the machine as it is.
  for (let run = 0; run < RUNS; run++) {
    opened.blank.push(await openOnce('blank.html'));
    opened.all.push(await openOnce('popup.html', 'Werknemer 250 700250', '700250'));
  }

  await popup.reload();
  await popup.waitForSelector('[data-testid=worker-search]');
  for (let i = 0; i < SEARCHES; i++) {
    const name = names[(i * 37) % names.length]!;
    const query = name.split(' ')[2]!;
    search.push(
      await popup.evaluate(
        (query, name) =>
          new Promise<number>((resolve) => {
            const field = document.querySelector<HTMLInputElement>('[data-testid=worker-search]')!;
            const start = performance.now();
            // No named helper here: tsx would wrap it in a __name() the page lacks.
            new MutationObserver((_records, observer) => {
              if (!document.querySelector(`[data-testid=profile][data-name="${name}"]`)) return;
              observer.disconnect();
              resolve(performance.now() - start);
            }).observe(document.body, { childList: true, subtree: true, attributes: true });
            field.value = query;
            field.dispatchEvent(new Event('input', { bubbles: true }));
          }),
        query,
        name,
      ),
    );
  }
} finally {
  await chromium.close();
  await managed.remove();
}

/** Per pair: how much later the lock screen (500 workers) got there than the blank page. */
function overBlank(moment: 'renderedMs' | 'paintedMs'): number[] {
  return opened.all.map((lock, run) => lock[moment] - opened.blank[run]![moment]);
}

/** The index alone: build once, then one query per worker, in ms each. */
function timeIndex(listAll: boolean) {
  const workers = names.map((name) => ({ name }));
  const built = performance.now();
  const index = indexWorkers(workers, { listAll });
  const buildMs = performance.now() - built;
  const times = names.map((name) => {
    const start = performance.now();
    index.find(listAll ? name.slice(0, 12) : name);
    return performance.now() - start;
  });
  return { buildMs: Math.round(buildMs * 1000) / 1000, find: summarise(times) };
}

const results = {
  date: new Date().toISOString(),
  workers: WORKERS,
  blankPageRenderMs: summarise(opened.blank.map((o) => o.renderedMs)),
  blankPagePaintMs: summarise(opened.blank.map((o) => o.paintedMs)),
  // Each opening against the blank page opened just before it.
  renderOverBlankMs: summarise(overBlank('renderedMs')),
  paintOverBlankMs: summarise(overBlank('paintedMs')),
  lockScreenRenderOneWorkerMs: summarise(opened.one.map((o) => o.renderedMs)),
  lockScreenRenderMs: summarise(opened.all.map((o) => o.renderedMs)),
  lockScreenPaintOneWorkerMs: summarise(opened.one.map((o) => o.paintedMs)),
  lockScreenPaintMs: summarise(opened.all.map((o) => o.paintedMs)),
  pageStartMs: summarise(opened.all.map((o) => o.parsedMs)),
  ownCodeToPaintMs: summarise(opened.all.map((o) => o.paintedMs - o.parsedMs)),
  firstAnswerOneWorkerMs: summarise(opened.one.map((o) => o.foundMs)),
  firstAnswerMs: summarise(opened.all.map((o) => o.foundMs)),
  searchAnswerMs: summarise(search),
  indexWholeNameMs: timeIndex(false),
  indexListAllMs: timeIndex(true),
};
console.table({
  'blank extension page: field in the page (ms from navigation)': results.blankPageRenderMs,
  'blank extension page painted (ms from navigation)': results.blankPagePaintMs,
  [`lock screen in the page, ${WORKERS} workers, after the blank page's field`]:
    results.renderOverBlankMs,
  [`lock screen painted, ${WORKERS} workers, after the blank page painted`]:
    results.paintOverBlankMs,
  'lock screen render, 1 worker (ms from navigation)': results.lockScreenRenderOneWorkerMs,
  [`lock screen render, ${WORKERS} workers (ms from navigation)`]: results.lockScreenRenderMs,
  'lock screen painted, 1 worker (ms from navigation)': results.lockScreenPaintOneWorkerMs,
  [`lock screen painted, ${WORKERS} workers (ms from navigation)`]: results.lockScreenPaintMs,
  [`  of which browser page start-up (navigation → HTML parsed)`]: results.pageStartMs,
  [`  of which our code (HTML parsed → search field painted)`]: results.ownCodeToPaintMs,
  'number typed at first render → worker shown, 1 worker': results.firstAnswerOneWorkerMs,
  [`number typed at first render → worker shown, ${WORKERS}`]: results.firstAnswerMs,
  [`search → worker shown, ${WORKERS} workers (ms)`]: results.searchAnswerMs,
  'index find, whole name (ms)': results.indexWholeNameMs.find,
  'index find, listWorkers filter (ms)': results.indexListAllMs.find,
});
const dir = join(import.meta.dirname, 'results');
await mkdir(dir, { recursive: true });
await writeFile(join(dir, 'kiosk.json'), `${JSON.stringify(results, null, 2)}\n`);

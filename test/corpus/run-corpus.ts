/**
 * Runs the built extension (.output/chrome-mv3) over every corpus page in
 * one Chromium, one page after another, with an unlocked vault holding the
 * sites' accounts, and records what happened: used by the e2e suite and by
 * `npm run bench -- detection`.
 */
import type { Page } from 'puppeteer-core';
import {
  addUri,
  launchExtensionBrowser,
  recentCodes,
  setUpWithPin,
} from '../e2e/extension-helpers.ts';
import {
  CORPUS_ACCOUNTS,
  corpusUri,
  corpusUrl,
  loadCorpus,
  type CorpusExpect,
  type CorpusPage,
} from './corpus.ts';
import { startCorpusServer } from './server.ts';

/** What Havencode did on a page. */
export type Outcome = 'fill' | 'no-fill' | 'offer' | 'offer-on-click';

/** One page's result: `wrongFill` is a code or name put where none belonged. */
export interface PageResult {
  page: CorpusPage;
  outcome: Outcome;
  correct: boolean;
  wrongFill: boolean;
  /** Field (or QR) appearing → code in it (or offer shown), in ms. */
  ms: number | undefined;
  detail: string;
}

/** Recorded in every page before its own scripts: when Havencode filled or offered. */
const INSTRUMENT = `(() => {
  const state = { filledAt: undefined, offerAt: undefined };
  Object.defineProperty(window, '__havencodeSeen', { value: state });
  document.addEventListener('input', (event) => {
    const field = event.composedPath()[0];
    if (!event.isTrusted && field && field.value && state.filledAt === undefined) state.filledAt = performance.now();
  }, true);
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) {
      if (node.nodeName === 'HAVENCODE-INLINE' && state.offerAt === undefined) state.offerAt = performance.now();
    }
  }).observe(document, { childList: true, subtree: true });
})();`;

interface Snapshot {
  /** Values of the data-corpus targets, in order. */
  targets: string[];
  username: string | undefined;
  /** Values of every other text-like field (open shadow roots and same-origin frames too). */
  others: string[];
  filledAt: number | undefined;
  offerAt: number | undefined;
  appearedAt: number;
}

// Page-side code as strings: the bench runs under tsx, whose helpers (`__name`)
// would otherwise leak into functions handed to page.evaluate.

/** Every input of the page, through open shadow roots and same-origin frames. */
const ALL_INPUTS = `(() => {
  const all = [];
  const visit = (root) => {
    all.push(...root.querySelectorAll('input'));
    for (const e of root.querySelectorAll('*')) {
      if (e.shadowRoot) visit(e.shadowRoot);
      if (e.tagName === 'IFRAME' && e.contentDocument) visit(e.contentDocument);
    }
  };
  visit(document);
  return all;
})()`;

/** Reads the page's fields and timings. */
function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(`(() => {
    // Read-only and disabled fields show the page's own text (a secret to copy), never Havencode's.
    const textLike = ${ALL_INPUTS}.filter(
      (i) => !['hidden', 'radio', 'checkbox', 'submit', 'button'].includes(i.type) && !i.readOnly && !i.disabled,
    );
    const nav = performance.getEntriesByType('navigation')[0];
    return {
      targets: textLike.filter((i) => i.dataset.corpus === 'target').map((i) => i.value),
      username: textLike.find((i) => i.dataset.corpus === 'username')?.value,
      others: textLike.filter((i) => i.dataset.corpus === undefined).map((i) => i.value),
      filledAt: window.__havencodeSeen.filledAt,
      offerAt: window.__havencodeSeen.offerAt,
      appearedAt: window.__corpusAppearedAt ?? nav.domContentLoadedEventEnd,
    };
  })()`) as Promise<Snapshot>;
}

/** Where inline-ui.ts puts its button for the element marked `data-corpus=<mark>`. */
function findInlineSpot(page: Page, mark: string): Promise<{ x: number; y: number } | undefined> {
  return page.evaluate(`(() => {
    const find = (root) => {
      const hit = root.querySelector('[data-corpus="${mark}"]');
      if (hit) return hit;
      for (const e of root.querySelectorAll('*')) {
        const inner = e.shadowRoot ? find(e.shadowRoot) : undefined;
        if (inner) return inner;
      }
      return undefined;
    };
    const r = find(document)?.getBoundingClientRect();
    if (r === undefined) return undefined;
    return { x: Math.max(4, r.left) + 24, y: Math.min(r.bottom + 4, window.innerHeight - 56) + 26 };
  })()`) as Promise<{ x: number; y: number } | undefined>;
}

async function clickInline(page: Page, mark: string): Promise<boolean> {
  const spot = await findInlineSpot(page, mark);
  if (spot === undefined) return false;
  await page.mouse.click(spot.x, spot.y);
  return true;
}

async function clickNext(page: Page): Promise<void> {
  const next = await page.$('[data-corpus="next"]');
  if (next !== null) await next.click();
}

/** Resolves true once `check` holds in the page, false after `ms`. */
async function waitInPage(page: Page, check: string, ms: number): Promise<boolean> {
  try {
    await page.waitForFunction(check, { timeout: ms, polling: 20 });
    return true;
  } catch {
    return false;
  }
}

const TARGETS_FILLED = `(() => {
  const found = ${ALL_INPUTS}.filter((i) => i.dataset.corpus === 'target');
  return found.length > 0 && found.every((i) => i.value !== '');
})()`;
const OFFERED = 'window.__havencodeSeen.offerAt !== undefined';
const SETTLE_MS = 1200;

function judge(page: CorpusPage, snap: Snapshot, offered: boolean): PageResult {
  const { digits } = CORPUS_ACCOUNTS[page.site];
  const codes = recentCodes(CORPUS_ACCOUNTS[page.site].secret, digits);
  const joined = snap.targets.join('');
  const filled = joined !== '';
  const rightCode = snap.targets.length > 0 && codes.includes(joined);
  const strayFill = snap.others.some((value) => value !== '');
  const usernameOk =
    snap.username === undefined || snap.username === CORPUS_ACCOUNTS[page.site].account;
  const outcome: Outcome = filled
    ? page.expect === 'offer' || page.expect === 'offer-on-click'
      ? page.expect
      : 'fill'
    : offered
      ? page.kind === 'enrol'
        ? 'offer'
        : 'offer-on-click'
      : 'no-fill';
  const expectedFill = page.expect !== 'no-fill';
  const wrongFill = strayFill || (filled && (!rightCode || !expectedFill)) || !usernameOk;
  const correct = !wrongFill && outcome === page.expect && (!filled || rightCode);
  const ms =
    page.expect === 'fill' && snap.filledAt !== undefined
      ? snap.filledAt - snap.appearedAt
      : page.expect !== 'fill' && snap.offerAt !== undefined
        ? snap.offerAt - snap.appearedAt
        : undefined;
  const detail = `targets=${JSON.stringify(snap.targets)} others=${JSON.stringify(snap.others)} username=${snap.username ?? '-'} offered=${offered}`;
  return { page, outcome, correct, wrongFill, ms, detail };
}

async function runPage(tab: Page, page: CorpusPage): Promise<PageResult> {
  await tab.goto(corpusUrl(page), { waitUntil: 'domcontentloaded' });
  const expect: CorpusExpect = page.expect;
  let offered: boolean;
  if (expect === 'fill') {
    if (!(await waitInPage(tab, TARGETS_FILLED, 1500))) {
      await clickNext(tab);
      await waitInPage(tab, TARGETS_FILLED, 1500);
    }
    offered = await waitInPage(tab, OFFERED, 1);
  } else if (expect === 'no-fill') {
    await waitInPage(tab, 'false', SETTLE_MS);
    await clickNext(tab);
    offered = await waitInPage(tab, OFFERED, 400);
  } else {
    // The first QR code of a run also waits for the decoder (offscreen document, wasm) to start.
    offered = await waitInPage(tab, OFFERED, 3000);
    const before = await snapshot(tab);
    if (offered && before.targets.every((v) => v === '')) {
      await clickInline(tab, expect === 'offer' ? 'qr' : 'target');
      await clickNext(tab);
      await waitInPage(tab, TARGETS_FILLED, 2000);
    }
    // An offer page fills nothing before the click: judged on the snapshot taken before it.
    if (before.targets.some((v) => v !== '')) return judge(page, before, offered);
  }
  return judge(page, await snapshot(tab), offered);
}

/** Runs `pages` one after another in `tab` (a browser whose vault holds the corpus accounts). */
export async function runCorpusPages(
  tab: Page,
  pages: readonly CorpusPage[],
): Promise<PageResult[]> {
  await tab.evaluateOnNewDocument(INSTRUMENT);
  const results: PageResult[] = [];
  for (const page of pages) results.push(await runPage(tab, page));
  return results;
}

/** Every corpus page's result, in order; the browser and server are closed afterwards. */
export async function runCorpus(): Promise<PageResult[]> {
  const pages = await loadCorpus();
  const server = await startCorpusServer(pages);
  const ext = await launchExtensionBrowser({ sites: server });
  try {
    const popup = await ext.openPopup();
    await setUpWithPin(popup);
    await addUri(popup, corpusUri('c-point'), 1);
    await addUri(popup, corpusUri('mycepa'), 2);
    return await runCorpusPages(await ext.browser.newPage(), pages);
  } finally {
    await ext.dispose();
    await server.close();
  }
}

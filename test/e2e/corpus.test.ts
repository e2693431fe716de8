import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../corpus/corpus.ts';
import { runCorpus, type PageResult } from '../corpus/run-corpus.ts';

// The whole corpus in one browser, pages in sequence (see test/corpus/index.md).
const pages = await loadCorpus();
let results: Map<string, PageResult>;

beforeAll(async () => {
  results = new Map((await runCorpus()).map((result) => [result.page.name, result]));
}, 240_000);

afterAll(() => {
  const wrong = [...results.values()].filter((r) => !r.correct);
  if (wrong.length > 0)
    console.log(wrong.map((r) => `${r.page.name}: ${r.outcome} (${r.detail})`).join('\n'));
});

describe('the detection corpus, with the built extension', () => {
  it('has at least 40 pages of every kind', () => {
    expect(pages.length).toBeGreaterThanOrEqual(40);
    for (const kind of ['code', 'login', 'enrol', 'negative']) {
      expect(pages.some((page) => page.kind === kind)).toBe(true);
    }
  });

  it('never fills a page where nothing belongs', () => {
    const wrong = [...results.values()].filter((r) => r.wrongFill).map((r) => r.page.name);
    expect(wrong).toEqual([]);
  });

  it.each(pages.map((page) => [page.name, page.expect] as const))('%s → %s', (name, expected) => {
    const result = results.get(name);
    expect(result?.outcome, result?.detail).toBe(expected);
    expect(result?.correct, result?.detail).toBe(true);
  });
});

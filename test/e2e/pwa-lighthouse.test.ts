/**
 * Lighthouse 12 (performance, accessibility, best practices; mobile with
 * simulated throttling, its default) against the built PWA.
 * Lighthouse 12 has no PWA category: installability is checked through CDP
 * in pwa.test.ts. Total blocking time follows the machine's load, so, as
 * Lighthouse's own guide to score variability advises, the test takes the
 * median of five runs (about a minute).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIGHTHOUSE_CATEGORIES, runLighthouse, servePwa, type ServedPwa } from './pwa-helpers.ts';

/** Issue 14: Lighthouse stays ≥ 0.95. */
const MIN_SCORE = { performance: 0.95, accessibility: 0.95, 'best-practices': 0.95 } as const;
const RUNS = 5;

let pwa: ServedPwa;

beforeAll(async () => {
  pwa = await servePwa();
});

afterAll(async () => {
  await pwa?.close();
});

describe('PWA Lighthouse', () => {
  it(`scores ≥ ${JSON.stringify(MIN_SCORE)} (median of ${RUNS} runs)`, async () => {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await runLighthouse(pwa.url));
    for (const { scores, belowFull } of runs)
      console.log('Lighthouse', JSON.stringify(scores), 'below 1:', belowFull.join(', '));
    for (const id of LIGHTHOUSE_CATEGORIES) {
      const scores = runs.map((run) => run.scores[id]).sort((a, b) => a - b);
      const below = runs.map((run) => run.belowFull.join(', ')).join(' | ');
      expect(
        scores[Math.floor(RUNS / 2)],
        `${id} ${scores.join('/')}; audits below 1: ${below}`,
      ).toBeGreaterThanOrEqual(MIN_SCORE[id]);
    }
  }, 180_000);
});

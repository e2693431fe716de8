/**
 * Lighthouse 12 (performance, accessibility, best practices; mobile with
 * simulated throttling, its default) against the built PWA: each ≥ 0.95.
 * Lighthouse 12 has no PWA category: installability is checked through CDP
 * in pwa.test.ts. About 15 s, so it runs with the e2e tests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIGHTHOUSE_CATEGORIES, runLighthouse, servePwa, type ServedPwa } from './pwa-helpers.ts';

const MIN_SCORE = 0.95;

let pwa: ServedPwa;

beforeAll(async () => {
  pwa = await servePwa();
});

afterAll(async () => {
  await pwa?.close();
});

describe('PWA Lighthouse', () => {
  it(`scores ≥ ${MIN_SCORE} in ${LIGHTHOUSE_CATEGORIES.join(', ')}`, async () => {
    const { scores, belowFull } = await runLighthouse(pwa.url);
    console.log('Lighthouse', JSON.stringify(scores), 'below 1:', belowFull.join(', '));
    for (const id of LIGHTHOUSE_CATEGORIES) {
      expect(scores[id], `${id}; audits below 1: ${belowFull.join(', ')}`).toBeGreaterThanOrEqual(
        MIN_SCORE,
      );
    }
  });
});

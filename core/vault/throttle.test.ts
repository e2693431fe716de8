import { describe, expect, it } from 'vitest';
import { computeDelayMs, computeRetryAt, describeAttempts } from './throttle.ts';

describe('wrong-PIN throttling', () => {
  it.each([
    [0, 0],
    [4, 0],
    [5, 30_000],
    [6, 60_000],
    [7, 120_000],
    [10, 960_000],
    [12, 3_600_000],
    [40, 3_600_000],
  ])('after %i failures waits %i ms', (count, ms) => {
    expect(computeDelayMs(count)).toBe(ms);
  });

  it('counts from the last failure', () => {
    expect(computeRetryAt({ count: 4, lastAt: 1000 })).toBeUndefined();
    expect(computeRetryAt({ count: 6, lastAt: 1000 })).toBe(61_000);
  });

  it('describes attempts left before delay and wipe', () => {
    expect(describeAttempts({ count: 2, lastAt: 0 }, undefined)).toEqual({
      failures: 2,
      attemptsBeforeDelay: 3,
      retryAt: undefined,
      attemptsBeforeWipe: undefined,
    });
    expect(describeAttempts({ count: 7, lastAt: 0 }, 10)).toMatchObject({
      attemptsBeforeDelay: 0,
      attemptsBeforeWipe: 3,
    });
  });
});

import { describe, expect, it } from 'vitest';
import {
  computeDelayMs,
  computeRetryAt,
  computeRetryAtNow,
  createMonotonicPinGuard,
  describeAttempts,
} from './throttle.ts';

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

  it('refuses while the stored last try lies in the future', () => {
    expect(computeRetryAtNow({ count: 5, lastAt: 1_000_000 }, 1_031_000)).toBeUndefined();
    expect(computeRetryAtNow({ count: 5, lastAt: 1_000_000 }, 1_010_000)).toBe(1_030_000);
    expect(computeRetryAtNow({ count: 5, lastAt: 1_000_000 }, 0)).toBe(1_030_000);
  });

  it('counts the delay on the monotonic clock too', () => {
    let now = 100;
    const guard = createMonotonicPinGuard(() => now);
    expect(guard.waitLeftMs('v')).toBe(0);
    guard.noteFailure('v', 4);
    expect(guard.waitLeftMs('v')).toBe(0);
    guard.noteFailure('v', 6);
    now += 59_000;
    expect(guard.waitLeftMs('v')).toBe(1_000);
    now += 1_000;
    expect(guard.waitLeftMs('v')).toBe(0);
    guard.noteFailure('v', 6);
    guard.clear('v');
    expect(guard.waitLeftMs('v')).toBe(0);
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

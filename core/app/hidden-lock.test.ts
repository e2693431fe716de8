import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { VaultPort } from './vault-port.ts';
import { HIDDEN_GRACE_MS, lockWhenHidden } from './hidden-lock.ts';

/** A document whose visibility the test sets, and a port that counts lock() and touch(). */
function setUp() {
  const doc = new EventTarget() as EventTarget & { visibilityState: DocumentVisibilityState };
  doc.visibilityState = 'visible';
  const calls = { lock: 0, touch: 0 };
  const port = {
    lock: () => {
      calls.lock++;
      return Promise.resolve();
    },
    touch: () => void calls.touch++,
  } as unknown as VaultPort;
  let now = 1_000_000;
  const stop = lockWhenHidden(port, doc as unknown as Document, () => now);
  const show = (state: DocumentVisibilityState, after = 0) => {
    now += after;
    doc.visibilityState = state;
    doc.dispatchEvent(new Event('visibilitychange'));
  };
  return { calls, show, stop, advance: (ms: number) => (now += ms) };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('lockWhenHidden', () => {
  it.each([
    ['back within the grace period: stays open and counts as activity', HIDDEN_GRACE_MS - 1, 0, 1],
    ['back after the grace period (page frozen, no timer ran): locks', HIDDEN_GRACE_MS, 1, 0],
  ])('%s', (_name, away, locks, touches) => {
    const { calls, show } = setUp();
    show('hidden');
    show('visible', away);
    expect(calls).toEqual({ lock: locks, touch: touches });
  });

  it('locks by timer while hidden, and not after being stopped', () => {
    const { calls, show, stop } = setUp();
    show('hidden');
    vi.advanceTimersByTime(HIDDEN_GRACE_MS);
    expect(calls.lock).toBe(1);
    show('visible');
    show('hidden');
    stop();
    vi.advanceTimersByTime(HIDDEN_GRACE_MS);
    expect(calls.lock).toBe(1);
  });
});

import { beforeEach, describe, expect, it, vi } from 'vitest';

type StateListener = (state: 'active' | 'idle' | 'locked') => void;
const fake = vi.hoisted(() => ({
  listeners: [] as StateListener[],
  setDetectionInterval: vi.fn<(seconds: number) => void>(),
}));

vi.mock('wxt/browser', () => ({
  browser: {
    idle: {
      setDetectionInterval: fake.setDetectionInterval,
      onStateChanged: { addListener: (listener: StateListener) => fake.listeners.push(listener) },
    },
  },
}));

const { startIdleLock } = await import('./idle-lock.ts');

/** Lets the listener's promise chain run. */
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('startIdleLock', () => {
  beforeEach(() => {
    fake.listeners.length = 0;
    fake.setDetectionInterval.mockClear();
  });

  it.each([
    { autoLock: 300, state: 'idle', locks: true, interval: 300 },
    { autoLock: 300, state: 'locked', locks: true, interval: 300 },
    { autoLock: 300, state: 'active', locks: false, interval: 300 },
    { autoLock: 5, state: 'idle', locks: true, interval: 15 },
    { autoLock: 0, state: 'idle', locks: false, interval: undefined },
    { autoLock: 0, state: 'locked', locks: true, interval: undefined },
  ] as const)(
    'auto-lock $autoLock s, system $state: locks=$locks, detection interval $interval',
    async ({ autoLock, state, locks, interval }) => {
      const lock = vi.fn(() => Promise.resolve());
      startIdleLock(() => Promise.resolve(autoLock), lock);
      await flush();
      for (const listener of fake.listeners) listener(state);
      await flush();
      expect(lock).toHaveBeenCalledTimes(locks ? 1 : 0);
      expect(fake.setDetectionInterval.mock.calls.at(-1)?.[0]).toBe(interval);
    },
  );

  it('follows a changed setting once applied', async () => {
    let seconds = 300;
    const idle = startIdleLock(
      () => Promise.resolve(seconds),
      () => Promise.resolve(),
    );
    await flush();
    seconds = 60;
    await idle.apply();
    expect(fake.setDetectionInterval).toHaveBeenLastCalledWith(60);
  });
});

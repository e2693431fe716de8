import { describe, expect, it, vi } from 'vitest';

type StateListener = (state: 'active' | 'idle' | 'locked') => void;
// WXT's fakeBrowser has no idle API ("not implemented"): this one records calls.
const fake = vi.hoisted(() => ({
  listeners: new Set<StateListener>(),
  setDetectionInterval: vi.fn<(seconds: number) => void>(),
}));

vi.mock('wxt/browser', () => ({
  browser: {
    idle: {
      setDetectionInterval: fake.setDetectionInterval,
      onStateChanged: {
        addListener: (listener: StateListener) => fake.listeners.add(listener),
        removeListener: (listener: StateListener) => fake.listeners.delete(listener),
      },
    },
  },
}));

const { browserIdleSource } = await import('./idle-lock.ts');

describe('browserIdleSource', () => {
  it.each([
    { seconds: 300, interval: 300 },
    { seconds: 60, interval: 60 },
    { seconds: 5, interval: 15 },
  ])('auto-lock $seconds s asks the browser for $interval s', ({ seconds, interval }) => {
    browserIdleSource.setThreshold(seconds);
    expect(fake.setDetectionInterval).toHaveBeenLastCalledWith(interval);
  });

  it("passes the browser's states on until stopped", () => {
    const heard: string[] = [];
    const stop = browserIdleSource.watch((state) => heard.push(state));
    for (const listener of fake.listeners) listener('locked');
    stop();
    expect(fake.listeners.size).toBe(0);
    expect(heard).toEqual(['locked']);
  });
});

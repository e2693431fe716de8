/**
 * The lock timer of a context that outlives the pages (the extension's
 * background): it locks when the screen locks, and after the vault's
 * auto-lock time of idleness as the idle source measures it. Settings saved
 * in any context reach it through the settings store's watch.
 */
import type { IdleSource, SettingsStore } from './adapters.ts';

/** The auto-lock time now in force, in seconds (0: never on idle). */
export type AutoLockSeconds = () => Promise<number>;

/** A running lock timer. */
export interface LockTimer {
  /** Reads the auto-lock time again and hands it to the idle source. */
  apply(): Promise<void>;
  /** Stops listening. */
  stop(): void;
}

/**
 * Locks on 'locked', and on 'idle' while auto-lock is on. The time is read
 * again before judging an 'idle': a freshly woken service worker may not
 * have read it yet. `store` changes re-apply it (and `onSettingsChange` runs
 * first, for the caller to drop what it read before).
 */
export function startLockTimer(options: {
  idle: IdleSource;
  store: SettingsStore;
  autoLockSeconds: AutoLockSeconds;
  lock: () => Promise<void>;
  onSettingsChange?: () => void;
}): LockTimer {
  const { idle, store, autoLockSeconds, lock } = options;
  let seconds = 0;
  const apply = async () => {
    seconds = await autoLockSeconds();
    if (seconds > 0) idle.setThreshold(seconds);
  };
  const stopIdle = idle.watch((state) => {
    void apply().then(() => {
      if (state === 'locked' || (state === 'idle' && seconds > 0)) return lock();
    });
  });
  const stopStore = store.watch(() => {
    options.onSettingsChange?.();
    void apply();
  });
  void apply();
  return {
    apply,
    stop() {
      stopIdle();
      stopStore();
    },
  };
}

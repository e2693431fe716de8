/**
 * Fake adapters for the application layer's unit tests. Each fake is shared
 * by the "contexts" of one test the way the real store is shared by the
 * extension's pages and background: a save in one is heard by all the others.
 */
import type {
  IdleSource,
  IdleState,
  KeptKey,
  KeyKeeper,
  SettingsStore,
  StoredSettings,
} from './adapters.ts';

/** Calls every listener, like storage.onChanged in every other context. */
function createListeners<T>() {
  const listeners = new Set<(value: T) => void>();
  return {
    add: (listener: (value: T) => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    fire: (value: T) => listeners.forEach((listener) => listener(value)),
  };
}

/** A key keeper in memory, shared by the contexts of one test. */
export function createFakeKeeper(): KeyKeeper & { kept: () => KeptKey | undefined } {
  let kept: KeptKey | undefined;
  const changes = createListeners<boolean>();
  return {
    kept: () => kept,
    load: () => Promise.resolve(kept && { vaultId: kept.vaultId, key: new Uint8Array(kept.key) }),
    save(next) {
      kept = { vaultId: next.vaultId, key: new Uint8Array(next.key) };
      changes.fire(true);
      return Promise.resolve();
    },
    clear() {
      const had = kept !== undefined;
      kept = undefined;
      if (had) changes.fire(false);
      return Promise.resolve();
    },
    watch: changes.add,
  };
}

/** A settings store in memory, shared by the contexts of one test. */
export function createFakeSettingsStore(
  initial: Partial<StoredSettings> = {},
): SettingsStore & { stored: () => Partial<StoredSettings> } {
  let stored = { ...initial };
  const changes = createListeners<void>();
  return {
    stored: () => stored,
    load: () => Promise.resolve({ ...stored }),
    save(next) {
      stored = { ...next };
      changes.fire();
      return Promise.resolve();
    },
    watch: changes.add,
  };
}

/** An idle source the test drives: `report` plays the browser saying 'idle' or 'locked'. */
export function createFakeIdleSource(): IdleSource & {
  threshold: () => number | undefined;
  report: (state: IdleState) => void;
} {
  let threshold: number | undefined;
  const changes = createListeners<IdleState>();
  return {
    threshold: () => threshold,
    report: changes.fire,
    setThreshold(seconds) {
      threshold = seconds;
    },
    watch: changes.add,
  };
}

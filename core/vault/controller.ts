/**
 * The lock state the UI and shells follow: a signal that is 'unlocked' only
 * while a live session is held, and an idle timer that locks after the vault's
 * autoLockSeconds without touch(). Timers are injected so a service worker can
 * use alarms and tests can drive time by hand.
 */
import { computed, effect, signal, type ReadonlySignal } from '@preact/signals-core';
import { HavenError } from '../errors.ts';
import type { VaultSession } from './session.ts';

/** Whether the keys are in memory. */
export type LockState = 'locked' | 'unlocked';

/** Timer functions; setTimeout/clearTimeout by default. */
export interface TimerFunctions {
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/** Holds at most one session and locks it on demand or when idle. */
export interface VaultController {
  readonly state: ReadonlySignal<LockState>;
  /** The vault id of the held session, for the UI to show whose vault is open. */
  readonly vaultId: ReadonlySignal<string | undefined>;
  /** Takes over an unlocked session (locking any previous one) and starts the idle timer. */
  adopt(session: VaultSession): void;
  /** The held session; 'vault/locked' when there is none. */
  requireSession(): VaultSession;
  /** Records activity: the idle timer starts again. */
  touch(): void;
  /** Drops the session and every key in it. */
  lock(): void;
  /** Stops following the session (the controller itself goes away). */
  dispose(): void;
}

/** A controller whose state starts 'locked'. */
export function createVaultState(timers: TimerFunctions = {}): VaultController {
  const setTimer = timers.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
  const clearTimer =
    timers.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  const session = signal<VaultSession | undefined>(undefined);
  const live = computed(() => {
    const current = session.value;
    return current !== undefined && !current.locked.value ? current : undefined;
  });
  const state = computed<LockState>(() => (live.value === undefined ? 'locked' : 'unlocked'));
  const vaultId = computed(() => live.value?.vaultId);
  let handle: unknown;

  const disarm = (): void => {
    if (handle !== undefined) clearTimer(handle);
    handle = undefined;
  };
  const arm = (): void => {
    disarm();
    const current = live.peek();
    const seconds = current?.settings.peek().autoLockSeconds ?? 0;
    if (current !== undefined && seconds > 0)
      handle = setTimer(() => current.lock(), seconds * 1000);
  };
  const lock = (): void => {
    session.peek()?.lock();
    session.value = undefined;
  };
  // Re-arm when the session changes, locks by itself, or its autoLockSeconds changes.
  const stop = effect(() => {
    const current = live.value;
    void current?.settings.value;
    arm();
  });

  return {
    state,
    vaultId,
    adopt(next) {
      if (session.peek() !== next) lock();
      session.value = next;
    },
    requireSession() {
      const current = live.peek();
      if (current === undefined) throw new HavenError('vault/locked', 'the vault is locked');
      return current;
    },
    touch: arm,
    lock,
    dispose() {
      stop();
      disarm();
    },
  };
}

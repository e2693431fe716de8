import { browser } from 'wxt/browser';

/** Chrome's and Firefox's smallest idle detection interval. */
const MIN_IDLE_SECONDS = 15;

/** The vault's auto-lock setting, in seconds (0 = never on idle). */
export type AutoLockSource = () => Promise<number>;

/**
 * Locks when the OS locks the screen, and after the vault's auto-lock time
 * of system idle (the browser's idle API: it keeps counting while the
 * popup is closed and the service worker sleeps). Call `apply` again when
 * the setting changes.
 */
export function startIdleLock(autoLockSeconds: AutoLockSource, lock: () => Promise<void>) {
  let seconds = 0;
  const apply = async () => {
    seconds = await autoLockSeconds();
    if (seconds > 0) browser.idle.setDetectionInterval(Math.max(MIN_IDLE_SECONDS, seconds));
  };
  browser.idle.onStateChanged.addListener((state) => {
    // A freshly woken worker may not have read the setting yet: read it before judging 'idle'.
    void apply().then(() => {
      if (state === 'locked' || (state === 'idle' && seconds > 0)) return lock();
    });
  });
  void apply();
  return { apply };
}

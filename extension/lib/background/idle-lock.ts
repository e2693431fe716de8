import { browser } from 'wxt/browser';
import type { IdleSource } from '../../../core/app/adapters.ts';

/** Chrome's and Firefox's smallest idle detection interval. */
const MIN_IDLE_SECONDS = 15;

/**
 * The browser's idle API as the lock timer's idle source: it keeps counting
 * while the popup is closed and the service worker sleeps, and says
 * 'locked' when the OS locks the screen.
 */
export const browserIdleSource: IdleSource = {
  setThreshold(seconds) {
    browser.idle.setDetectionInterval(Math.max(MIN_IDLE_SECONDS, seconds));
  },
  watch(onChange) {
    browser.idle.onStateChanged.addListener(onChange);
    return () => browser.idle.onStateChanged.removeListener(onChange);
  },
};

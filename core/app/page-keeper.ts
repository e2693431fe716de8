import type { KeyKeeper } from './adapters.ts';

/**
 * The key keeper of a page that shares its unlocked vault with nobody (the
 * PWA): the key lives only in the page's own session object, so there is
 * nothing to keep, resume or hear about, and a reload locks.
 */
export const pageMemoryKeeper: KeyKeeper = {
  load: () => Promise.resolve(undefined),
  save: () => Promise.resolve(),
  clear: () => Promise.resolve(),
  watch: () => () => undefined,
};

import { browser } from 'wxt/browser';
import type { KeptKey, KeyKeeper } from '../../core/app/adapters.ts';
import { clearKioskDeadline, kioskDeadlinePassed } from './kiosk-deadline.ts';

const KEY = 'havencode.unlocked';

/** Forgets the key: every context locks. */
async function clear(): Promise<void> {
  await browser.storage.session.remove(KEY);
}

/**
 * The extension's key keeper: the data key of the unlocked vault lives in
 * `storage.session`, memory only, trusted contexts only (content scripts
 * can't read it), gone when the browser closes. So a sleeping service
 * worker wakes up unlocked, while a browser restart locks.
 */
export const sessionKeeper: KeyKeeper = {
  async save({ vaultId, key }) {
    await browser.storage.session.set({ [KEY]: { vaultId, key: Array.from(key) } });
  },

  /**
   * Every context resumes through here, so a kiosk session past its idle
   * deadline is dropped here (and locked for everyone) rather than resumed,
   * whoever asks first.
   */
  async load(): Promise<KeptKey | undefined> {
    if (await kioskDeadlinePassed()) {
      await clear();
      await clearKioskDeadline();
      return undefined;
    }
    const stored = (await browser.storage.session.get(KEY))[KEY] as
      { vaultId: string; key: number[] } | undefined;
    return stored && { vaultId: stored.vaultId, key: Uint8Array.from(stored.key) };
  },

  clear,

  watch(onChange) {
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && KEY in changes) onChange(changes[KEY]?.newValue !== undefined);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};

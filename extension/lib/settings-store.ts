import { browser } from 'wxt/browser';
import type { SettingsStore } from '../../core/app/adapters.ts';
import { DEFAULT_DEVICE_SETTINGS, type DeviceSettings } from '../../core/app/device-settings.ts';

const KEY = 'havencode.settings';

/**
 * The extension's settings store: nothing secret, so storage.local, readable
 * by the content script and the background. Every save in any context fires
 * storage.onChanged everywhere else: that is how the background hears of a
 * change (the vault's auto-lock included, see createSettingsModel).
 */
export const extensionSettingsStore: SettingsStore = {
  async load() {
    return (await browser.storage.local.get(KEY))[KEY] ?? {};
  },
  async save(settings) {
    await browser.storage.local.set({ [KEY]: settings });
  },
  watch(onChange) {
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && KEY in changes) onChange();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};

/** The device's settings over the defaults, for a context without the settings model (content script, background). */
export async function loadSettings(): Promise<DeviceSettings> {
  return { ...DEFAULT_DEVICE_SETTINGS, ...(await extensionSettingsStore.load()) };
}

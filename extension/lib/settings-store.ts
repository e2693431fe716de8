import { browser } from 'wxt/browser';
import type { Language } from '../../core/i18n/index.ts';

const KEY = 'havencode.settings';

/**
 * The extension's own settings: nothing secret, so they live in
 * storage.local, readable by the content script. The vault's settings
 * (auto-lock) stay in the vault.
 */
export interface ExtensionSettings {
  /** Fill the code as soon as the field appears (default); else offer a button. */
  autoFill: boolean;
  /** Seconds before a copied code is wiped from the clipboard. */
  clipboardSeconds: number;
  /** The UI language chosen by the user; undefined follows the browser. */
  language: Language | undefined;
}

/** What a fresh install does. */
export const DEFAULT_EXTENSION_SETTINGS: ExtensionSettings = {
  autoFill: true,
  clipboardSeconds: 30,
  language: undefined,
};

/** The stored settings over the defaults. */
export async function loadSettings(): Promise<ExtensionSettings> {
  const stored = (await browser.storage.local.get(KEY))[KEY] as
    Partial<ExtensionSettings> | undefined;
  return { ...DEFAULT_EXTENSION_SETTINGS, ...stored };
}

/** Stores a change; resolves to the settings now in force. */
export async function saveSettings(patch: Partial<ExtensionSettings>): Promise<ExtensionSettings> {
  const next = { ...(await loadSettings()), ...patch };
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

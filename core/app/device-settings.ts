/**
 * The device's own settings, apart from the settings model so the content
 * script can read them without loading the vault.
 */
import type { Language } from '../i18n/index.ts';

/** What the device keeps: nothing secret. */
export interface DeviceSettings {
  /** Fill the code as soon as the field appears (default); else offer a button. */
  autoFill: boolean;
  /** Seconds before a copied code is wiped from the clipboard (0: never). */
  clipboardSeconds: number;
  /** The UI language the user chose; undefined follows the browser. */
  language: Language | undefined;
}

/** What a fresh install does. */
export const DEFAULT_DEVICE_SETTINGS: DeviceSettings = {
  autoFill: true,
  clipboardSeconds: 30,
  language: undefined,
};

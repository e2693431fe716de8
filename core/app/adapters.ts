/**
 * What each shell plugs into the application layer. The layer itself never
 * touches a browser API: the extension passes storage.session, storage.local,
 * browser.idle and its background; the PWA passes memory, localStorage and
 * the page's own timers; unit tests pass fakes.
 */
import type { HavenDb, PasskeySetup } from '../vault/index.ts';
import type { DeviceSettings } from './device-settings.ts';

/** The data key of the unlocked vault, as a trusted context keeps it between pages. */
export interface KeptKey {
  vaultId: string;
  key: Uint8Array;
}

/**
 * Where the unlocked key is kept: the extension's storage.session (every
 * trusted page and the background resume from it), the PWA's own memory.
 */
export interface KeyKeeper {
  /** The kept key, or undefined when locked. */
  load(): Promise<KeptKey | undefined>;
  save(kept: KeptKey): Promise<void>;
  /** Forgets the key: every context that follows this keeper locks. */
  clear(): Promise<void>;
  /** Calls back when another context keeps or forgets the key; returns a stop function. */
  watch(onChange: (unlocked: boolean) => void): () => void;
}

/**
 * The device's settings store (nothing secret in it). Its `watch` is how
 * every other context hears of any settings change, the vault's included
 * (see createSettingsModel).
 */
export interface SettingsStore {
  /** What is stored; missing keys take their defaults. */
  load(): Promise<Partial<StoredSettings>>;
  save(settings: StoredSettings): Promise<void>;
  /** Calls back when any context saved; returns a stop function. */
  watch(onChange: () => void): () => void;
}

/** The device settings as stored, with the time of the last save of any setting. */
export interface StoredSettings extends DeviceSettings {
  /** Epoch ms of the last save: a change of a vault setting changes the store too. */
  changedAt: number;
}

/** What the idle source reports: the system (or the page) went idle, or the screen locked. */
export type IdleState = 'active' | 'idle' | 'locked';

/** Where idleness is measured: the extension's browser.idle, a fake in tests. */
export interface IdleSource {
  /** Asks to hear 'idle' after this many seconds without input. */
  setThreshold(seconds: number): void;
  /** Calls back on every change of state; returns a stop function. */
  watch(onChange: (state: IdleState) => void): () => void;
}

/** The clipboard: writing, and wiping later (the extension's popup may close before then). */
export interface ClipboardAccess {
  write(text: string): Promise<void>;
  /** Overwrites the clipboard after `ms`, from a context that outlives the page if need be. */
  wipeLater(ms: number): Promise<void>;
}

/** WebAuthn where this context has it (a document, not a service worker). */
export type PasskeyAccess = Omit<PasskeySetup, 'userName'>;

/** Opens the vault database (IndexedDB; a fake one in tests). */
export type OpenDatabase = () => Promise<HavenDb>;

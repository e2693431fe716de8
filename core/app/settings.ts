/**
 * One settings model for every context: the vault's own settings (auto-lock,
 * kept in the vault), the device's (clipboard wipe, auto-fill, language, kept
 * in the shell's settings store) and the administrator's kiosk policy laid
 * over both. One `current`, one `save`, one `watch`.
 */
import { computed, effect, signal, type ReadonlySignal } from '@preact/signals-core';
import { HavenError } from '../errors.ts';
import { languages } from '../i18n/index.ts';
import type { KioskPolicy } from '../kiosk/policy.ts';
import type { VaultSession } from '../vault/index.ts';
import { DEFAULT_SETTINGS } from '../vault/settings.ts';
import type { SettingsStore } from './adapters.ts';
import { DEFAULT_DEVICE_SETTINGS, type DeviceSettings } from './device-settings.ts';

/** Every setting in force, as the UI and the shells read them. */
export interface AppSettings extends DeviceSettings {
  /** Seconds of no use before the open vault locks itself (0: never). */
  autoLockSeconds: number;
}

/** The settings in force, and the one way to change them. */
export interface SettingsModel {
  /** The settings in force: stored values over defaults, the kiosk policy over both. */
  readonly current: ReadonlySignal<AppSettings>;
  /**
   * Stores a change: auto-lock in the open vault ('vault/locked' when none),
   * the rest on the device. Every save also writes the device store, so
   * every other context hears of it through the store's watch.
   */
  save(patch: Partial<AppSettings>): Promise<void>;
  /** Calls back with the settings in force whenever they change; returns a stop function. */
  watch(onChange: (settings: AppSettings) => void): () => void;
}

/** What the model is built from. */
export interface SettingsSources {
  store: SettingsStore;
  /** The open vault's session, undefined while locked. */
  vault: ReadonlySignal<VaultSession | undefined>;
  /** The administrator's policy; none (or `kiosk: false`) is a personal browser. */
  policy?: KioskPolicy | undefined;
  /** Epoch-ms clock; Date.now by default. */
  now?: (() => number) | undefined;
}

/** Reads the device store and follows it (and the vault) from then on. */
export async function createSettingsModel(sources: SettingsSources): Promise<SettingsModel> {
  const { store, vault, policy } = sources;
  const now = sources.now ?? Date.now;
  const readDevice = async (): Promise<DeviceSettings> => {
    const stored = await store.load();
    return {
      autoFill: stored.autoFill ?? DEFAULT_DEVICE_SETTINGS.autoFill,
      clipboardSeconds: stored.clipboardSeconds ?? DEFAULT_DEVICE_SETTINGS.clipboardSeconds,
      language: languages.find((known) => known === stored.language),
    };
  };
  const device = signal(await readDevice());
  // Another context saved: read the device's settings and the open vault's again.
  store.watch(() => {
    void readDevice().then((next) => (device.value = next));
    const session = vault.peek();
    if (session !== undefined && !session.locked.peek()) void session.reloadSettings();
  });
  const current = computed<AppSettings>(() => {
    const autoLockSeconds =
      vault.value?.settings.value.autoLockSeconds ?? DEFAULT_SETTINGS.autoLockSeconds;
    return policy?.kiosk
      ? {
          ...device.value,
          autoLockSeconds: policy.idleSeconds,
          clipboardSeconds: policy.clipboardSeconds,
        }
      : { ...device.value, autoLockSeconds };
  });

  return {
    current,
    async save(patch) {
      const { autoLockSeconds, ...rest } = patch;
      if (autoLockSeconds !== undefined) {
        const session = vault.peek();
        if (session === undefined)
          throw new HavenError('vault/locked', 'auto-lock is kept in the vault: unlock it first');
        await session.setSettings({ autoLockSeconds });
      }
      const next = { ...device.peek(), ...rest };
      await store.save({ ...next, changedAt: now() });
      device.value = next;
    },
    watch(onChange) {
      let first = true;
      return effect(() => {
        const settings = current.value;
        if (!first) onChange(settings);
        first = false;
      });
    },
  };
}

/** Per-vault settings: defaults and the checks a new value must pass. */
import { HavenError } from '../errors.ts';
import type { VaultSettings } from '../storage/schema.ts';

/** Settings of a new vault: lock after 5 idle minutes, never wipe. */
export const DEFAULT_SETTINGS: VaultSettings = {
  autoLockSeconds: 300,
  wipeAfterFailures: undefined,
};

/** `current` with `patch` applied; 'vault/invalid-setting' for a value out of range. */
export function mergeSettings(
  current: VaultSettings,
  patch: Partial<VaultSettings>,
): VaultSettings {
  const next = { ...current, ...patch };
  if (!Number.isSafeInteger(next.autoLockSeconds) || next.autoLockSeconds < 0) {
    throw new HavenError(
      'vault/invalid-setting',
      'autoLockSeconds is a whole number ≥ 0 (0 = never)',
    );
  }
  const wipe = next.wipeAfterFailures;
  if (wipe !== undefined && (!Number.isSafeInteger(wipe) || wipe < 1)) {
    throw new HavenError(
      'vault/invalid-setting',
      'wipeAfterFailures is a whole number ≥ 1, or undefined (never)',
    );
  }
  for (const name of ['lastBackupAt', 'backupSnoozedAt'] as const) {
    const at = next[name];
    if (at !== undefined && (!Number.isSafeInteger(at) || at < 0)) {
      throw new HavenError('vault/invalid-setting', `${name} is a time in epoch ms, or undefined`);
    }
  }
  return next;
}

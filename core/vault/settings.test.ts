import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, mergeSettings } from './settings.ts';

describe('mergeSettings', () => {
  it.each([
    [{ autoLockSeconds: 60 }, { autoLockSeconds: 60, wipeAfterFailures: undefined }],
    [{ autoLockSeconds: 0 }, { autoLockSeconds: 0, wipeAfterFailures: undefined }],
    [{ wipeAfterFailures: 10 }, { autoLockSeconds: 300, wipeAfterFailures: 10 }],
    [{ lastBackupAt: 5 }, { autoLockSeconds: 300, wipeAfterFailures: undefined, lastBackupAt: 5 }],
  ])('accepts %o', (patch, expected) => {
    expect(mergeSettings(DEFAULT_SETTINGS, patch)).toEqual(expected);
  });

  it.each([
    { autoLockSeconds: -1 },
    { autoLockSeconds: 1.5 },
    { wipeAfterFailures: 0 },
    { wipeAfterFailures: Number.NaN },
    { lastBackupAt: -1 },
    { backupSnoozedAt: 1.5 },
  ])('refuses %o', (patch) => {
    expect(() => mergeSettings(DEFAULT_SETTINGS, patch)).toThrow(
      expect.objectContaining({ code: 'vault/invalid-setting' }),
    );
  });
});

import { signal } from '@preact/signals-core';
import { describe, expect, it } from 'vitest';
import { PERSONAL_POLICY, parseKioskPolicy } from '../kiosk/policy.ts';
import type { VaultSession } from '../vault/index.ts';
import { ARGON2_FLOOR } from '../vault/kdf.ts';
import { openTestDb } from '../vault/test-helpers.ts';
import { createVault, resumeSession } from '../vault/vault.ts';
import { createSettingsModel } from './settings.ts';
import { createFakeSettingsStore } from './test-fakes.ts';

const locked = () => signal<VaultSession | undefined>(undefined);

/** A fresh vault's open session (auto-lock 300 s by default), and a second context's on the same vault. */
async function openSession() {
  const { db } = await openTestDb();
  const { session } = await createVault(db, { name: 'W1', pin: '482915', kdf: ARGON2_FLOOR });
  return Object.assign(session, {
    resumeElsewhere: async () => resumeSession(db, session.vaultId, await session.exportKey()),
  });
}

describe('createSettingsModel', () => {
  it.each([
    [
      'defaults on a fresh device',
      {},
      { autoFill: true, clipboardSeconds: 30, language: undefined, autoLockSeconds: 300 },
    ],
    [
      'stored values over the defaults',
      { autoFill: false, clipboardSeconds: 5, language: 'nl' as const },
      { autoFill: false, clipboardSeconds: 5, language: 'nl', autoLockSeconds: 300 },
    ],
    [
      'a stored language it does not speak is no choice',
      { language: 'de' as unknown as 'en' },
      { autoFill: true, clipboardSeconds: 30, language: undefined, autoLockSeconds: 300 },
    ],
  ])('%s', async (_name, stored, expected) => {
    const model = await createSettingsModel({
      store: createFakeSettingsStore(stored),
      vault: locked(),
    });
    expect(model.current.value).toEqual(expected);
  });

  it('lays the kiosk policy over the stored values', async () => {
    const policy = parseKioskPolicy({ idleSeconds: 45, clipboardSeconds: 8 });
    const model = await createSettingsModel({
      store: createFakeSettingsStore({ clipboardSeconds: 120 }),
      vault: locked(),
      policy,
    });
    expect(model.current.value).toMatchObject({ autoLockSeconds: 45, clipboardSeconds: 8 });
  });

  it('keeps auto-lock in the open vault, the rest on the device, and stamps every save', async () => {
    const store = createFakeSettingsStore();
    const vault = signal<VaultSession | undefined>(await openSession());
    const model = await createSettingsModel({ store, vault, now: () => 1234 });
    await model.save({ autoLockSeconds: 60 });
    expect(vault.value?.settings.value.autoLockSeconds).toBe(60);
    expect(model.current.value.autoLockSeconds).toBe(60);
    // Even a change of the vault's setting alone writes the store: that is how others hear of it.
    expect(store.stored()).toEqual({
      autoFill: true,
      clipboardSeconds: 30,
      language: undefined,
      changedAt: 1234,
    });
    await model.save({ clipboardSeconds: 10 });
    expect(store.stored()).toMatchObject({ clipboardSeconds: 10 });
    expect(store.stored()).not.toHaveProperty('autoLockSeconds');
  });

  it("refuses auto-lock while locked ('vault/locked') and a bad value ('vault/invalid-setting')", async () => {
    const model = await createSettingsModel({ store: createFakeSettingsStore(), vault: locked() });
    await expect(model.save({ autoLockSeconds: 60 })).rejects.toMatchObject({
      code: 'vault/locked',
    });
    const open = await createSettingsModel({
      store: createFakeSettingsStore(),
      vault: signal<VaultSession | undefined>(await openSession()),
    });
    await expect(open.save({ autoLockSeconds: -1 })).rejects.toMatchObject({
      code: 'vault/invalid-setting',
    });
  });

  it("hears another context's save, the vault's auto-lock included", async () => {
    const store = createFakeSettingsStore();
    const session = await openSession();
    const here = await createSettingsModel({
      store,
      vault: signal(session),
      policy: PERSONAL_POLICY,
    });
    const seen: number[] = [];
    here.watch((settings) => seen.push(settings.clipboardSeconds, settings.autoLockSeconds));
    // The other context: its own session on the same vault.
    const otherSession = await session.resumeElsewhere();
    const there = await createSettingsModel({ store, vault: signal(otherSession) });
    await there.save({ autoLockSeconds: 120, clipboardSeconds: 3 });
    await expect
      .poll(() => here.current.value)
      .toMatchObject({
        autoLockSeconds: 120,
        clipboardSeconds: 3,
      });
    expect(seen.slice(-2)).toEqual([3, 120]);
  });
});

/**
 * The seam that went stale before there was one application layer: an
 * auto-lock time picked in a page (the popup) must reach the lock timer of
 * the context that outlives it (the extension's background), with nobody
 * remembering to send a message.
 */
import { describe, expect, it } from 'vitest';
import { ARGON2_FLOOR } from '../vault/kdf.ts';
import { openTestDb } from '../vault/test-helpers.ts';
import { createVault } from '../vault/vault.ts';
import { createVaultFollower } from './follower.ts';
import { startLockTimer } from './lock-timer.ts';
import { createFakeIdleSource, createFakeKeeper, createFakeSettingsStore } from './test-fakes.ts';
import { openVaultApp } from './vault-app.ts';

const PIN = '482915';

/** A popup and a background sharing one database, key keeper and settings store. */
async function setUp() {
  const { db } = await openTestDb();
  const { session } = await createVault(db, { name: 'default', pin: PIN, kdf: ARGON2_FLOOR });
  session.lock();
  const keeper = createFakeKeeper();
  const store = createFakeSettingsStore();
  const openDatabase = () => Promise.resolve(db);
  const popup = await openVaultApp({ openDatabase, keeper, settingsStore: store });
  const follower = createVaultFollower({ keeper, openDatabase });
  const idle = createFakeIdleSource();
  const timer = startLockTimer({
    idle,
    store,
    autoLockSeconds: async () => (await follower.current())?.settings.peek().autoLockSeconds ?? 0,
    lock: () => follower.lock(),
    onSettingsChange: () => follower.forget(),
  });
  return { popup, idle, timer, keeper };
}

describe('an auto-lock change made in the popup', () => {
  it("reaches the background's idle lock, which then locks the popup too", async () => {
    const { popup, idle, timer, keeper } = await setUp();
    await popup.unlockWithPin(PIN);
    await expect.poll(() => keeper.kept()).toBeDefined();
    await timer.apply();
    expect(idle.threshold()).toBe(300);

    await popup.settings.save({ autoLockSeconds: 60 });
    await expect.poll(() => idle.threshold()).toBe(60);

    idle.report('idle');
    await expect.poll(() => popup.status.value).toBe('locked');
    expect(keeper.kept()).toBeUndefined();
    timer.stop();
  });

  it.each([
    { autoLock: 300, state: 'idle', locks: true },
    { autoLock: 300, state: 'locked', locks: true },
    { autoLock: 300, state: 'active', locks: false },
    { autoLock: 0, state: 'idle', locks: false },
    { autoLock: 0, state: 'locked', locks: true },
  ] as const)(
    'auto-lock $autoLock s, idle source says $state: locks=$locks',
    async ({ autoLock, state, locks }) => {
      const { popup, idle, timer } = await setUp();
      await popup.unlockWithPin(PIN);
      await popup.settings.save({ autoLockSeconds: autoLock });
      await timer.apply();
      idle.report(state);
      // Give the timer's read of the setting and the lock time to run.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(popup.status.value).toBe(locks ? 'locked' : 'unlocked');
      timer.stop();
    },
  );
});

import { describe, expect, it } from 'vitest';
import { createVaultState } from './controller.ts';
import { ARGON2_FLOOR } from './kdf.ts';
import { openTestDb } from './test-helpers.ts';
import { createVault } from './vault.ts';

/** Timers driven by hand: `fire()` runs the pending one. */
function createManualTimers() {
  const pending = new Map<number, { callback: () => void; ms: number }>();
  let next = 0;
  return {
    pending,
    setTimer: (callback: () => void, ms: number) => {
      pending.set(++next, { callback, ms });
      return next;
    },
    clearTimer: (handle: unknown) => void pending.delete(handle as number),
    fire: () => {
      const [handle, timer] = [...pending.entries()].at(-1) ?? [];
      if (handle === undefined || !timer) throw new Error('no timer pending');
      pending.delete(handle);
      timer.callback();
    },
  };
}

async function createSession(name = 'W1') {
  const { db } = await openTestDb();
  return (await createVault(db, { name, pin: '123456', kdf: ARGON2_FLOOR })).session;
}

describe('createVaultState', () => {
  it('is unlocked while it holds a live session, and lock() drops the keys', async () => {
    const timers = createManualTimers();
    const controller = createVaultState(timers);
    expect(controller.state.value).toBe('locked');
    expect(() => controller.requireSession()).toThrow(
      expect.objectContaining({ code: 'vault/locked' }),
    );
    const session = await createSession();
    controller.adopt(session);
    expect(controller.state.value).toBe('unlocked');
    expect(controller.vaultId.value).toBe(session.vaultId);
    controller.lock();
    expect(controller.state.value).toBe('locked');
    expect(session.locked.value).toBe(true);
    await expect(session.listAccounts()).rejects.toMatchObject({ code: 'vault/locked' });
  });

  it('locks after autoLockSeconds without touch(), and touch() restarts the wait', async () => {
    const timers = createManualTimers();
    const controller = createVaultState(timers);
    controller.adopt(await createSession());
    expect([...timers.pending.values()].map((t) => t.ms)).toEqual([300_000]);
    controller.touch();
    controller.touch();
    expect(timers.pending.size).toBe(1);
    timers.fire();
    expect(controller.state.value).toBe('locked');
    expect(timers.pending.size).toBe(0);
  });

  it('follows a changed autoLockSeconds; 0 means never', async () => {
    const timers = createManualTimers();
    const controller = createVaultState(timers);
    const session = await createSession();
    controller.adopt(session);
    await session.setSettings({ autoLockSeconds: 30 });
    expect([...timers.pending.values()].map((t) => t.ms)).toEqual([30_000]);
    await session.setSettings({ autoLockSeconds: 0 });
    expect(timers.pending.size).toBe(0);
  });

  it('turns locked when the session is locked directly, and a new session replaces the old', async () => {
    const controller = createVaultState(createManualTimers());
    const first = await createSession('A');
    controller.adopt(first);
    first.lock();
    expect(controller.state.value).toBe('locked');
    const second = await createSession('B');
    const third = await createSession('C');
    controller.adopt(second);
    controller.adopt(third);
    expect(second.locked.value).toBe(true);
    expect(controller.requireSession()).toBe(third);
    controller.dispose();
  });
});

import { describe, expect, it } from 'vitest';
import { openHavenDb } from '../storage/db.ts';
import { getVaultRow, listRecordRows } from '../storage/repository.ts';
import { createFakeAuthenticator } from './fake-authenticator.ts';
import { ARGON2_FLOOR, PBKDF2_PARAMS } from './kdf.ts';
import { createTestClock, makeAccount, openTestDb } from './test-helpers.ts';
import { PinAttemptError, createMonotonicPinGuard } from './throttle.ts';
import { unlockWithPasskey, unlockWithPin, unlockWithRecoveryCode } from './unlock.ts';
import { createVault } from './vault.ts';

const kdf = ARGON2_FLOOR;

async function catchError(promise: Promise<unknown>): Promise<PinAttemptError> {
  const error: unknown = await promise.catch((e: unknown) => e);
  if (!(error instanceof PinAttemptError))
    throw new Error(`expected a PinAttemptError, got ${String(error)}`);
  return error;
}

describe('unlockWithPin', () => {
  it('counts wrong PINs, then delays growing from the 5th, persisted across a reopen', async () => {
    const { db, factory } = await openTestDb();
    const clock = createTestClock();
    // The monotonic clock runs with the test's clock here (see the clock-moving test below).
    const pinGuard = createMonotonicPinGuard(clock.now);
    const { session } = await createVault(db, { name: 'W1', pin: '123456', kdf, now: clock.now });
    session.lock();
    const id = session.vaultId;
    for (let i = 1; i <= 4; i++) {
      const error = await catchError(unlockWithPin(db, id, '000000', { now: clock.now, pinGuard }));
      expect(error.code).toBe('vault/wrong-pin');
      expect(error.attempt).toMatchObject({
        failures: i,
        attemptsBeforeDelay: 5 - i,
        retryAt: undefined,
      });
    }
    const fifth = await catchError(unlockWithPin(db, id, '000000', { now: clock.now, pinGuard }));
    expect(fifth.attempt.retryAt).toBe(clock.now() + 30_000);

    // A reload: a new connection sees the same counter, and even the right PIN waits.
    db.close();
    const reopened = await openHavenDb('havencode', factory);
    const throttled = await catchError(
      unlockWithPin(reopened, id, '123456', { now: clock.now, pinGuard }),
    );
    expect(throttled.code).toBe('vault/throttled');
    expect(throttled.attempt.retryAt).toBe(clock.now() + 30_000);

    clock.advance(30_000);
    const sixth = await catchError(
      unlockWithPin(reopened, id, '000000', { now: clock.now, pinGuard }),
    );
    expect(sixth.attempt.retryAt).toBe(clock.now() + 60_000);
    clock.advance(59_999);
    expect(
      (await catchError(unlockWithPin(reopened, id, '123456', { now: clock.now, pinGuard }))).code,
    ).toBe('vault/throttled');
    clock.advance(1);
    const unlocked = await unlockWithPin(reopened, id, '123456', { now: clock.now, pinGuard });
    expect(unlocked.vaultId).toBe(id);
    expect((await getVaultRow(reopened, id)).failures.count).toBe(0);
  });

  it('gives PINs tried side by side (two tabs) no extra tries past the delay', async () => {
    const { db } = await openTestDb();
    const clock = createTestClock();
    // The monotonic clock runs with the test's clock here (see the clock-moving test below).
    const pinGuard = createMonotonicPinGuard(clock.now);
    const { session } = await createVault(db, { name: 'W1', pin: '123456', kdf, now: clock.now });
    const id = session.vaultId;
    for (let i = 0; i < 5; i++)
      await catchError(unlockWithPin(db, id, '000000', { now: clock.now, pinGuard }));
    clock.advance(30_000);
    const tries = await Promise.all(
      ['000001', '000002', '000003', '000004'].map((pin) =>
        catchError(unlockWithPin(db, id, pin, { now: clock.now, pinGuard })).then((e) => e.code),
      ),
    );
    // One try in this window, whichever came first; the others, and then the right PIN, wait.
    expect(tries.filter((code) => code === 'vault/wrong-pin')).toHaveLength(1);
    expect(tries.filter((code) => code === 'vault/throttled')).toHaveLength(3);
    expect((await getVaultRow(db, id)).failures.count).toBe(6);
    const right = await catchError(unlockWithPin(db, id, '123456', { now: clock.now, pinGuard }));
    expect(right.code).toBe('vault/throttled');
  });

  it('keeps the delay when the clock is moved forward, and while the last try lies ahead', async () => {
    const { db } = await openTestDb();
    const clock = createTestClock();
    let monotonic = 0;
    const pinGuard = createMonotonicPinGuard(() => monotonic);
    const { session } = await createVault(db, { name: 'W1', pin: '123456', kdf, now: clock.now });
    const id = session.vaultId;
    for (let i = 0; i < 5; i++)
      await catchError(unlockWithPin(db, id, '000000', { now: clock.now, pinGuard }));
    // Two hours on the wall clock, one second really: still waiting, also with the right PIN.
    clock.advance(2 * 3_600_000);
    monotonic += 1_000;
    const moved = await catchError(unlockWithPin(db, id, '123456', { now: clock.now, pinGuard }));
    expect(moved.code).toBe('vault/throttled');
    expect(moved.attempt.retryAt).toBe(clock.now() + 29_000);
    monotonic += 29_000;
    // A try made on the moved clock, then the clock set back (a new page: no monotonic memory).
    await catchError(unlockWithPin(db, id, '000000', { now: clock.now, pinGuard }));
    clock.advance(-2 * 3_600_000 + 60_000);
    const fresh = createMonotonicPinGuard(() => 0);
    const back = await catchError(
      unlockWithPin(db, id, '123456', { now: clock.now, pinGuard: fresh }),
    );
    expect(back.code).toBe('vault/throttled');
  });

  it('wipes the vault after N wrong PINs when that setting is on', async () => {
    const { db } = await openTestDb();
    const clock = createTestClock();
    // The monotonic clock runs with the test's clock here (see the clock-moving test below).
    const pinGuard = createMonotonicPinGuard(clock.now);
    const { session } = await createVault(db, { name: 'W1', pin: '123456', kdf, now: clock.now });
    await session.addAccounts([makeAccount('a')]);
    expect(session.settings.value.wipeAfterFailures).toBeUndefined();
    await session.setSettings({ wipeAfterFailures: 3 });
    const id = session.vaultId;
    for (const left of [2, 1]) {
      const error = await catchError(unlockWithPin(db, id, '000000', { now: clock.now, pinGuard }));
      expect(error.attempt.attemptsBeforeWipe).toBe(left);
    }
    await expect(
      unlockWithPin(db, id, '000000', { now: clock.now, pinGuard }),
    ).rejects.toMatchObject({
      code: 'vault/wiped',
    });
    await expect(getVaultRow(db, id)).rejects.toMatchObject({ code: 'vault/not-found' });
    expect(await listRecordRows(db, id)).toEqual([]);
  });

  it('never wipes by default', async () => {
    const { db } = await openTestDb();
    const clock = createTestClock();
    // The monotonic clock runs with the test's clock here (see the clock-moving test below).
    const pinGuard = createMonotonicPinGuard(clock.now);
    const { session } = await createVault(db, { name: 'W1', pin: '123456', kdf, now: clock.now });
    for (let i = 0; i < 7; i++) {
      await unlockWithPin(db, session.vaultId, '000000', { now: clock.now, pinGuard }).catch(
        () => undefined,
      );
      clock.advance(3_600_000);
    }
    expect((await getVaultRow(db, session.vaultId)).failures.count).toBe(7);
  });

  it('opens a PBKDF2 slot (the no-WebAssembly fallback)', async () => {
    const { db } = await openTestDb();
    const { session } = await createVault(db, {
      name: 'W1',
      pin: 'lange zin als wachtwoord',
      kdf: PBKDF2_PARAMS,
    });
    await expect(
      unlockWithPin(db, session.vaultId, 'lange zin als wachtwoord'),
    ).resolves.toBeDefined();
  });
});

describe('unlockWithRecoveryCode', () => {
  it('opens with the code however it is typed, and resets the PIN counter', async () => {
    const { db } = await openTestDb();
    const { session, recoveryCode } = await createVault(db, { name: 'W1', pin: '123456', kdf });
    await session.addAccounts([makeAccount('a')]);
    await unlockWithPin(db, session.vaultId, '000000').catch(() => undefined);
    const typed = recoveryCode.toLowerCase().replace(/-/g, ' ');
    const unlocked = await unlockWithRecoveryCode(db, session.vaultId, typed);
    expect(await unlocked.listAccounts()).toHaveLength(1);
    expect((await getVaultRow(db, session.vaultId)).failures.count).toBe(0);
  });

  it('refuses the code of another vault', async () => {
    const { db } = await openTestDb();
    const one = await createVault(db, { name: 'W1', pin: '123456', kdf });
    const two = await createVault(db, { name: 'W2', pin: '123456', kdf });
    await expect(
      unlockWithRecoveryCode(db, one.session.vaultId, two.recoveryCode),
    ).rejects.toMatchObject({
      code: 'vault/wrong-recovery-code',
    });
  });
});

describe('passkey slots', () => {
  const passkey = (credentials: CredentialsContainer) => ({
    credentials,
    rpId: 'localhost',
    rpName: 'Havencode',
    userName: 'W1',
  });

  it.each([
    ['full', 1],
    ['get-only', 2],
  ] as const)('creates (PRF %s: %i prompts) and unlocks', async (prf, prompts) => {
    const { db } = await openTestDb();
    const credentials = createFakeAuthenticator({ prf });
    const { session } = await createVault(db, { name: 'W1', passkey: passkey(credentials) });
    expect(credentials.calls).toBe(prompts);
    await session.addAccounts([makeAccount('a')]);
    const unlocked = await unlockWithPasskey(db, session.vaultId, {
      credentials,
      rpId: 'localhost',
    });
    expect(await unlocked.listAccounts()).toHaveLength(1);
    await expect(unlockWithPin(db, session.vaultId, '123456')).rejects.toMatchObject({
      code: 'vault/no-slot',
    });
  });

  it('reports an authenticator without PRF and creates nothing', async () => {
    const { db } = await openTestDb();
    const credentials = createFakeAuthenticator({ prf: 'none' });
    await expect(
      createVault(db, { name: 'W1', pin: '123456', kdf, passkey: passkey(credentials) }),
    ).rejects.toMatchObject({
      code: 'vault/prf-unsupported',
    });
    expect(await db.getAll('profiles')).toEqual([]);
  });

  it('reports a cancelled prompt', async () => {
    const { db } = await openTestDb();
    const credentials = createFakeAuthenticator();
    const { session } = await createVault(db, { name: 'W1', passkey: passkey(credentials) });
    await expect(
      unlockWithPasskey(db, session.vaultId, {
        credentials: createFakeAuthenticator({ cancel: true }),
        rpId: 'localhost',
      }),
    ).rejects.toMatchObject({ code: 'vault/passkey-cancelled' });
  });
});

describe('slot management', () => {
  it('adds, changes and removes slots without touching a record', async () => {
    const { db } = await openTestDb();
    const credentials = createFakeAuthenticator();
    const { session, recoveryCode } = await createVault(db, { name: 'W1', pin: '123456', kdf });
    await session.addAccounts([makeAccount('a'), makeAccount('b')]);
    const before = await listRecordRows(db, session.vaultId);

    await session.addPasskeySlot({
      credentials,
      rpId: 'localhost',
      rpName: 'Havencode',
      userName: 'W1',
    });
    await expect(session.addPinSlot('654321', kdf)).rejects.toMatchObject({ code: 'vault/exists' });
    await session.changePin('654321');
    const newCode = await session.regenerateRecoveryCode();
    expect(await listRecordRows(db, session.vaultId)).toEqual(before);

    const id = session.vaultId;
    await expect(unlockWithPin(db, id, '123456')).rejects.toMatchObject({
      code: 'vault/wrong-pin',
    });
    await expect(unlockWithRecoveryCode(db, id, recoveryCode)).rejects.toMatchObject({
      code: 'vault/wrong-recovery-code',
    });
    for (const unlock of [
      () => unlockWithPin(db, id, '654321'),
      () => unlockWithRecoveryCode(db, id, newCode),
      () => unlockWithPasskey(db, id, { credentials, rpId: 'localhost' }),
    ]) {
      expect(await (await unlock()).listAccounts()).toHaveLength(2);
    }

    const slots = await session.listSlots();
    expect(slots.map((s) => s.kind).sort()).toEqual(['passkey', 'pin', 'recovery']);
    expect(slots.find((s) => s.kind === 'pin')?.kdf).toEqual(kdf);
    for (const slot of slots.slice(0, -1)) await session.removeSlot(slot.id);
    const last = slots.at(-1);
    if (!last) throw new Error('setup');
    await expect(session.removeSlot(last.id)).rejects.toMatchObject({ code: 'vault/last-slot' });
    await expect(session.removeSlot('gone')).rejects.toMatchObject({ code: 'vault/no-slot' });
    expect(await listRecordRows(db, session.vaultId)).toEqual(before);
  });
});

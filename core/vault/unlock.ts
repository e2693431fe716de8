/**
 * The three ways in: PIN (throttled, optional wipe), passkey (WebAuthn PRF),
 * recovery code. Each finds the matching slot and unwraps the data key.
 */
import { HavenError, isHavenError } from '../errors.ts';
import type { HavenDb } from '../storage/db.ts';
import { getVaultRow, updateVaultRow } from '../storage/repository.ts';
import type { FailureRow, VaultRow } from '../storage/schema.ts';
import { evaluatePrf, type PasskeyAccess } from './passkey.ts';
import type { VaultSession } from './session.ts';
import { openPasskeySlot, openPinSlot, openRecoverySlot } from './slots.ts';
import { PinAttemptError, computeRetryAtNow, describeAttempts, pagePinGuard } from './throttle.ts';
import { equalBytes } from './bytes.ts';
import { finishUnlock, type UnlockOptions } from './vault.ts';

/** Unlocks with the PIN; 'vault/wrong-pin', 'vault/throttled' or 'vault/wiped' when refused. */
export async function unlockWithPin(
  db: HavenDb,
  vaultId: string,
  pin: string,
  options: UnlockOptions = {},
): Promise<VaultSession> {
  const clock = options.now ?? Date.now;
  const guard = options.pinGuard ?? pagePinGuard;
  const row = await getVaultRow(db, vaultId);
  const slot = row.slots.find((s) => s.kind === 'pin');
  if (slot?.kind !== 'pin') throw new HavenError('vault/no-slot', 'this vault has no PIN');
  // The try counts as wrong before the PIN is even derived, in the transaction that checks
  // the delay: tabs trying PINs side by side, or one closed mid-try, get no extra tries.
  const verdict: { throttled?: FailureRow } = {};
  const reserved = await updateVaultRow(db, row.id, (r) => {
    const now = clock();
    const monotonicWait = r.failures.count > 0 && guard.waitLeftMs(r.id) > 0;
    if (computeRetryAtNow(r.failures, now) !== undefined || monotonicWait) {
      verdict.throttled = r.failures;
      return r;
    }
    return { ...r, failures: { count: r.failures.count + 1, lastAt: now } };
  });
  // Only a 'wipe' returns nothing, and this change never asks for one.
  if (reserved === undefined) throw new HavenError('vault/not-found', `no vault ${row.id}`);
  const wipeAfter = reserved.settings.wipeAfterFailures;
  if (verdict.throttled !== undefined) {
    const attempt = describeAttempts(verdict.throttled, wipeAfter);
    // The monotonic wait may outlast the wall-clock one (the clock was moved): show the longer.
    const monotonicRetryAt = clock() + guard.waitLeftMs(row.id);
    throw new PinAttemptError('vault/throttled', {
      ...attempt,
      retryAt: Math.max(attempt.retryAt ?? 0, monotonicRetryAt),
    });
  }
  guard.noteFailure(row.id, reserved.failures.count);
  try {
    // A right PIN clears the counter, this try included.
    const session = await finishUnlock(db, reserved, await openPinSlot(slot, row.id, pin), clock);
    guard.clear(row.id);
    return session;
  } catch (error) {
    if (!isHavenError(error, 'vault/wrong-pin')) throw error;
  }
  if (wipeAfter !== undefined && reserved.failures.count >= wipeAfter) {
    await updateVaultRow(db, row.id, () => 'wipe');
    throw new HavenError('vault/wiped', 'too many wrong PINs: the vault was erased');
  }
  throw new PinAttemptError('vault/wrong-pin', describeAttempts(reserved.failures, wipeAfter));
}

/** Unlocks with one of the vault's passkeys; 'vault/no-slot' when it has none. */
export async function unlockWithPasskey(
  db: HavenDb,
  vaultId: string,
  access: PasskeyAccess & UnlockOptions,
): Promise<VaultSession> {
  const row = await getVaultRow(db, vaultId);
  const slots = row.slots.flatMap((s) => (s.kind === 'passkey' ? [s] : []));
  if (slots.length === 0) throw new HavenError('vault/no-slot', 'this vault has no passkey');
  const { credentialId, prf } = await evaluatePrf(access, slots);
  const slot = slots.find((s) => equalBytes(s.credentialId, credentialId));
  if (slot === undefined)
    throw new HavenError('vault/wrong-passkey', 'this passkey belongs to another vault');
  return finishUnlock(db, row, await openPasskeySlot(slot, row.id, prf), access.now ?? Date.now);
}

/** Unlocks with the recovery code (case, spaces and dashes do not matter). */
export async function unlockWithRecoveryCode(
  db: HavenDb,
  vaultId: string,
  code: string,
  options: UnlockOptions = {},
): Promise<VaultSession> {
  const row: VaultRow = await getVaultRow(db, vaultId);
  const slot = row.slots.find((s) => s.kind === 'recovery');
  if (slot?.kind !== 'recovery')
    throw new HavenError('vault/no-slot', 'this vault has no recovery code');
  return finishUnlock(db, row, await openRecoverySlot(slot, row.id, code), options.now ?? Date.now);
}

/**
 * The three ways in: PIN (throttled, optional wipe), passkey (WebAuthn PRF),
 * recovery code. Each finds the matching slot and unwraps the data key.
 */
import { HavenError, isHavenError } from '../errors.ts';
import type { HavenDb } from '../storage/db.ts';
import { getProfileRow, updateProfileRow } from '../storage/repository.ts';
import type { ProfileRow } from '../storage/schema.ts';
import { evaluatePrf, type PasskeyAccess } from './passkey.ts';
import type { VaultSession } from './session.ts';
import { openPasskeySlot, openPinSlot, openRecoverySlot } from './slots.ts';
import { PinAttemptError, computeRetryAt, describeAttempts } from './throttle.ts';
import { equalBytes } from './bytes.ts';
import { finishUnlock, type UnlockOptions } from './vault.ts';

/** Unlocks with the PIN; 'vault/wrong-pin', 'vault/throttled' or 'vault/wiped' when refused. */
export async function unlockWithPin(
  db: HavenDb,
  profileId: string,
  pin: string,
  options: UnlockOptions = {},
): Promise<VaultSession> {
  const clock = options.now ?? Date.now;
  const row = await getProfileRow(db, profileId);
  const wipeAfter = row.settings.wipeAfterFailures;
  const slot = row.slots.find((s) => s.kind === 'pin');
  if (slot?.kind !== 'pin') throw new HavenError('vault/no-slot', 'this vault has no PIN');
  const retryAt = computeRetryAt(row.failures);
  if (retryAt !== undefined && clock() < retryAt) {
    throw new PinAttemptError('vault/throttled', describeAttempts(row.failures, wipeAfter));
  }
  try {
    return await finishUnlock(db, row, await openPinSlot(slot, row.id, pin), clock);
  } catch (error) {
    if (!isHavenError(error, 'vault/wrong-pin')) throw error;
  }
  const failedAt = clock();
  const after = await updateProfileRow(db, row.id, (r) => {
    const count = r.failures.count + 1;
    const wipe = r.settings.wipeAfterFailures;
    return wipe !== undefined && count >= wipe
      ? 'wipe'
      : { ...r, failures: { count, lastAt: failedAt } };
  });
  if (after === undefined)
    throw new HavenError('vault/wiped', 'too many wrong PINs: the vault was erased');
  throw new PinAttemptError(
    'vault/wrong-pin',
    describeAttempts(after.failures, after.settings.wipeAfterFailures),
  );
}

/** Unlocks with one of the vault's passkeys; 'vault/no-slot' when it has none. */
export async function unlockWithPasskey(
  db: HavenDb,
  profileId: string,
  access: PasskeyAccess & UnlockOptions,
): Promise<VaultSession> {
  const row = await getProfileRow(db, profileId);
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
  profileId: string,
  code: string,
  options: UnlockOptions = {},
): Promise<VaultSession> {
  const row: ProfileRow = await getProfileRow(db, profileId);
  const slot = row.slots.find((s) => s.kind === 'recovery');
  if (slot?.kind !== 'recovery')
    throw new HavenError('vault/no-slot', 'this vault has no recovery code');
  return finishUnlock(db, row, await openRecoverySlot(slot, row.id, code), options.now ?? Date.now);
}

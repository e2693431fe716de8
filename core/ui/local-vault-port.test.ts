import { describe, expect, it } from 'vitest';
import { ARGON2_FLOOR } from '../vault/kdf.ts';
import { makeAccount, openTestDb } from '../vault/test-helpers.ts';
import { PinAttemptError } from '../vault/throttle.ts';
import { createVault } from '../vault/vault.ts';
import { createLocalVaultPort } from './local-vault-port.ts';

const PIN = '482915';

/** An unlocked port over a fresh vault holding one account. */
async function openUnlockedPort() {
  const { db } = await openTestDb();
  const { session } = await createVault(db, { name: 'W1', pin: PIN, kdf: ARGON2_FLOOR });
  await session.addAccounts([makeAccount('one')]);
  session.lock();
  const port = await createLocalVaultPort({ db, profileName: 'W1' });
  await port.unlockWithPin(PIN);
  return port;
}

describe('exportOtpauthLines asks the unlocked user to prove it is them', () => {
  it('refuses a wrong PIN with the unlock error and counts it, then exports with the right one', async () => {
    const port = await openUnlockedPort();
    const error: unknown = await port
      .exportOtpauthLines({ pin: '000000' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PinAttemptError);
    expect(error).toMatchObject({ code: 'vault/wrong-pin', attempt: { failures: 1 } });
    const second: unknown = await port
      .exportOtpauthLines({ pin: '111111' })
      .catch((e: unknown) => e);
    expect(second).toMatchObject({ code: 'vault/wrong-pin', attempt: { failures: 2 } });

    const lines = await port.exportOtpauthLines({ pin: PIN });
    expect(lines).toContain('otpauth://totp/');
    expect(lines).toContain('secret=JBSWY3DPEHPK3PXPOM');
    expect(port.status.value).toBe('unlocked');
  });

  it('refuses a passkey proof where this context has no passkeys', async () => {
    const port = await openUnlockedPort();
    await expect(port.exportOtpauthLines({ passkey: true })).rejects.toMatchObject({
      code: 'vault/prf-unsupported',
    });
  });
});

describe('addPasskey asks the unlocked user to prove it is them', () => {
  it('refuses a wrong PIN before any passkey is made', async () => {
    const port = await openUnlockedPort();
    await expect(port.addPasskey({ pin: '000000' })).rejects.toMatchObject({
      code: 'vault/wrong-pin',
    });
    expect((await port.listSlots()).map((slot) => slot.kind)).not.toContain('passkey');
  });
});

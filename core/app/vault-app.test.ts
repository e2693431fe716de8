import { describe, expect, it } from 'vitest';
import { createFakeAuthenticator } from '../vault/fake-authenticator.ts';
import { ARGON2_FLOOR } from '../vault/kdf.ts';
import { makeAccount, openTestDb } from '../vault/test-helpers.ts';
import { PinAttemptError } from '../vault/throttle.ts';
import { createVault } from '../vault/vault.ts';
import { createFakeKeeper, createFakeSettingsStore } from './test-fakes.ts';
import { openVaultApp } from './vault-app.ts';

const PIN = '482915';

/** An unlocked port over a fresh vault with a PIN, holding one account. */
async function openUnlockedPort(credentials?: CredentialsContainer) {
  const { db } = await openTestDb();
  const { session } = await createVault(db, { name: 'W1', pin: PIN, kdf: ARGON2_FLOOR });
  await session.addAccounts([makeAccount('one')]);
  session.lock();
  const passkey = credentials && { credentials, rpId: 'localhost', rpName: 'Havencode' };
  const port = await openVaultApp({
    openDatabase: () => Promise.resolve(db),
    keeper: createFakeKeeper(),
    settingsStore: createFakeSettingsStore(),
    vaultName: 'W1',
    passkey,
  });
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

  it('adds the passkey after the right PIN', async () => {
    const credentials = createFakeAuthenticator();
    const port = await openUnlockedPort(credentials);
    await port.addPasskey({ pin: PIN });
    expect(credentials.calls).toBe(1);
    expect(port.unlockMethods.value).toEqual(['passkey', 'pin', 'recovery']);
  });

  it('asks a vault without a PIN for a fresh passkey assertion, and stops when it is cancelled', async () => {
    const { db } = await openTestDb();
    const behaviour = { cancel: false };
    const credentials = createFakeAuthenticator(behaviour);
    const port = await openVaultApp({
      openDatabase: () => Promise.resolve(db),
      keeper: createFakeKeeper(),
      settingsStore: createFakeSettingsStore(),
      passkey: { credentials, rpId: 'localhost', rpName: 'Havencode' },
    });
    await port.setupWithPasskey();
    await port.addAccounts([makeAccount('one')]);
    const before = credentials.calls;
    expect(await port.exportOtpauthLines({ passkey: true })).toContain('secret=JBSWY3DPEHPK3PXPOM');
    expect(credentials.calls).toBe(before + 1);

    behaviour.cancel = true;
    await expect(port.exportOtpauthLines({ passkey: true })).rejects.toMatchObject({
      code: 'vault/passkey-cancelled',
    });
    expect(credentials.calls).toBe(before + 2);
  });
});

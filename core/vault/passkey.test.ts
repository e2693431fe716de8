import { describe, expect, it } from 'vitest';
import { generateRandomBytes } from './bytes.ts';
import { createFakeAuthenticator } from './fake-authenticator.ts';
import { createPrfCredential, evaluatePrf } from './passkey.ts';

const setup = (credentials: CredentialsContainer) => ({
  credentials,
  rpId: 'localhost',
  rpName: 'Havencode',
  userName: 'W12345',
});

describe('passkey PRF', () => {
  it('returns the PRF output at create, the same one again at get', async () => {
    const credentials = createFakeAuthenticator();
    const prfSalt = generateRandomBytes(32);
    const created = await createPrfCredential(setup(credentials), prfSalt);
    expect(created.prf).toHaveLength(32);
    expect(credentials.calls).toBe(1);
    const got = await evaluatePrf({ credentials, rpId: 'localhost' }, [
      { credentialId: created.credentialId, prfSalt },
    ]);
    expect(got).toEqual(created);
  });

  it('asks a second time when the authenticator gives PRF results only on get', async () => {
    const credentials = createFakeAuthenticator({ prf: 'get-only' });
    const prfSalt = generateRandomBytes(32);
    const created = await createPrfCredential(setup(credentials), prfSalt);
    expect(credentials.calls).toBe(2);
    const again = await evaluatePrf({ credentials, rpId: 'localhost' }, [
      { credentialId: created.credentialId, prfSalt },
    ]);
    expect(again.prf).toEqual(created.prf);
  });

  it('picks the salt of the credential the user chose', async () => {
    const credentials = createFakeAuthenticator();
    const saltA = generateRandomBytes(32);
    const saltB = generateRandomBytes(32);
    const a = await createPrfCredential(setup(credentials), saltA);
    const b = await createPrfCredential(setup(credentials), saltB);
    const got = await evaluatePrf({ credentials, rpId: 'localhost' }, [
      { credentialId: generateRandomBytes(16), prfSalt: saltA },
      { credentialId: b.credentialId, prfSalt: saltB },
    ]);
    expect(got).toEqual(b);
    expect(got.prf).not.toEqual(a.prf);
  });

  it.each([
    ['no PRF', createFakeAuthenticator({ prf: 'none' }), 'vault/prf-unsupported'],
    ['a cancelled prompt', createFakeAuthenticator({ cancel: true }), 'vault/passkey-cancelled'],
  ])('reports %s', async (_name, credentials, code) => {
    await expect(
      createPrfCredential(setup(credentials), generateRandomBytes(32)),
    ).rejects.toMatchObject({ code });
  });
});

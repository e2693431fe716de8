import type { CDPSession, Page } from 'puppeteer-core';

/** How the virtual authenticator presents itself. */
export interface VirtualAuthenticatorOptions {
  /** 'internal' is a platform authenticator (Touch ID-like), 'usb' a security key. */
  transport?: 'internal' | 'usb';
  /** Supports the PRF extension (hmac-secret); true unless set. */
  hasPrf?: boolean;
  /** Reports user verification as passed; true unless set. */
  isUserVerified?: boolean;
}

/** A virtual authenticator attached to one page through CDP. */
export interface VirtualAuthenticator {
  id: string;
  /** The CDP session that owns it; it disappears when the session detaches. */
  session: CDPSession;
  /** The credentials it holds (CDP WebAuthn.Credential objects). */
  listCredentials(): Promise<unknown[]>;
  /** Removes it from the page. */
  remove(): Promise<void>;
}

/**
 * Adds a CTAP2 virtual authenticator with resident keys, user verification
 * and PRF to `page`, so WebAuthn ceremonies complete without a person.
 */
export async function addVirtualAuthenticator(
  page: Page,
  options: VirtualAuthenticatorOptions = {},
): Promise<VirtualAuthenticator> {
  const session = await page.createCDPSession();
  await session.send('WebAuthn.enable', { enableUI: false });
  const { authenticatorId } = await session.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: options.transport ?? 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: options.isUserVerified ?? true,
      hasPrf: options.hasPrf ?? true,
      automaticPresenceSimulation: true,
    },
  });
  return {
    id: authenticatorId,
    session,
    listCredentials: async () =>
      (await session.send('WebAuthn.getCredentials', { authenticatorId })).credentials,
    remove: async () => {
      await session.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId });
    },
  };
}

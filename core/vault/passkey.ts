/**
 * The WebAuthn glue of the passkey slot: create a credential and evaluate its
 * PRF extension (hmac-secret) with a per-slot salt. The PRF output never
 * leaves this device's memory; it is turned into a key-wrapping key by HKDF.
 */
import { HavenError } from '../errors.ts';
import { copyBytes, encodeBase64Url, generateRandomBytes, type Bytes } from './bytes.ts';

/** What the core needs to call WebAuthn when creating a passkey slot. */
export interface PasskeySetup {
  credentials: CredentialsContainer;
  /** The relying party id: the PWA's host, or the extension's id. */
  rpId: string;
  rpName: string;
  /** Shown by the authenticator's account picker. */
  userName: string;
  /** 'cross-platform' asks for a roaming security key (kiosk mode: the worker carries it). */
  attachment?: AuthenticatorAttachment | undefined;
}

/** What the core needs to call WebAuthn when unlocking. */
export interface PasskeyAccess {
  credentials: CredentialsContainer;
  rpId: string;
}

/** A credential and the salt its PRF is evaluated with. */
export interface PasskeyTarget {
  credentialId: Bytes;
  prfSalt: Bytes;
}

/** The PRF output of one credential. */
export interface PrfResult {
  credentialId: Bytes;
  prf: Bytes;
}

interface PrfOutputs {
  enabled?: boolean;
  results?: { first?: BufferSource };
}

/** Creates a passkey with PRF and returns its PRF output for `prfSalt` (a second prompt if needed). */
export async function createPrfCredential(setup: PasskeySetup, prfSalt: Bytes): Promise<PrfResult> {
  const options: CredentialCreationOptions = {
    publicKey: {
      rp: { id: setup.rpId, name: setup.rpName },
      user: { id: generateRandomBytes(16), name: setup.userName, displayName: setup.userName },
      // The challenge only matters to a server; the vault checks the PRF output instead.
      challenge: generateRandomBytes(32),
      pubKeyCredParams: [
        { type: 'public-key', alg: -7 },
        { type: 'public-key', alg: -257 },
      ],
      authenticatorSelection: {
        residentKey: 'preferred',
        userVerification: 'required',
        ...(setup.attachment === undefined ? {} : { authenticatorAttachment: setup.attachment }),
      },
      extensions: { prf: { eval: { first: prfSalt } } },
    },
  };
  const credential = asPublicKeyCredential(
    await callWebAuthn(() => setup.credentials.create(options)),
  );
  const prf = readPrf(credential);
  if (prf.enabled !== true && prf.results?.first === undefined) {
    throw new HavenError(
      'vault/prf-unsupported',
      'this authenticator cannot derive keys (no WebAuthn PRF); use a PIN instead',
    );
  }
  const credentialId = copyBytes(credential.rawId);
  const first = prf.results?.first;
  if (first !== undefined) return { credentialId, prf: toBytes(first) };
  // Some authenticators only evaluate the PRF on get(): ask once more.
  return evaluatePrf(setup, [{ credentialId, prfSalt }]);
}

/** Asks the user for one of `targets` and returns that credential's PRF output. */
export async function evaluatePrf(
  access: PasskeyAccess,
  targets: PasskeyTarget[],
): Promise<PrfResult> {
  const evalByCredential: Record<string, { first: Bytes }> = {};
  for (const target of targets) {
    evalByCredential[encodeBase64Url(target.credentialId)] = { first: target.prfSalt };
  }
  const options: CredentialRequestOptions = {
    publicKey: {
      rpId: access.rpId,
      challenge: generateRandomBytes(32),
      allowCredentials: targets.map((t) => ({ type: 'public-key', id: t.credentialId })),
      userVerification: 'required',
      extensions: { prf: { evalByCredential } },
    },
  };
  const credential = asPublicKeyCredential(
    await callWebAuthn(() => access.credentials.get(options)),
  );
  const first = readPrf(credential).results?.first;
  if (first === undefined) {
    throw new HavenError('vault/prf-unsupported', 'the authenticator returned no PRF output');
  }
  return { credentialId: copyBytes(credential.rawId), prf: toBytes(first) };
}

async function callWebAuthn(call: () => Promise<Credential | null>): Promise<Credential | null> {
  try {
    return await call();
  } catch (cause) {
    // NotAllowedError covers both "cancelled" and "timed out": the user saw a prompt and it ended.
    if (cause instanceof Error && cause.name === 'NotAllowedError') {
      throw new HavenError('vault/passkey-cancelled', 'the passkey prompt was cancelled', {
        cause,
      });
    }
    throw cause;
  }
}

function asPublicKeyCredential(credential: Credential | null): PublicKeyCredential {
  if (credential === null || credential.type !== 'public-key') {
    throw new HavenError('vault/passkey-cancelled', 'no passkey was returned');
  }
  return credential as PublicKeyCredential;
}

function readPrf(credential: PublicKeyCredential): PrfOutputs {
  const outputs = credential.getClientExtensionResults() as { prf?: PrfOutputs };
  return outputs.prf ?? {};
}

function toBytes(source: BufferSource): Bytes {
  return copyBytes(
    ArrayBuffer.isView(source)
      ? new Uint8Array(source.buffer, source.byteOffset, source.byteLength)
      : source,
  );
}

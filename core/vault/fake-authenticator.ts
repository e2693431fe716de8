/**
 * A software WebAuthn authenticator with PRF, for unit tests and the bench in
 * Node (real browsers are tested with Chromium's virtual authenticator). It
 * answers `create`/`get` like a CredentialsContainer; the PRF is HMAC-SHA256
 * under a per-credential secret, as CTAP2 hmac-secret does.
 */
import { copyBytes, encodeBase64Url, generateRandomBytes, type Bytes } from './bytes.ts';

/** How the fake behaves, to reach each branch of the passkey code. */
export interface FakeAuthenticatorOptions {
  /** 'full': PRF at create; 'get-only': enabled at create, results only on get; 'none': no PRF. */
  prf?: 'full' | 'get-only' | 'none';
  /** Reject every call with NotAllowedError, as a cancelled prompt does. */
  cancel?: boolean;
}

interface PrfInputs {
  eval?: { first: BufferSource };
  evalByCredential?: Record<string, { first: BufferSource }>;
}

/** A CredentialsContainer backed by in-memory credentials; `calls` counts prompts. */
export function createFakeAuthenticator(
  options: FakeAuthenticatorOptions = {},
): CredentialsContainer & {
  calls: number;
} {
  const secrets = new Map<string, Bytes>();
  const mode = options.prf ?? 'full';

  const prf = async (
    id: string,
    input: BufferSource | undefined,
  ): Promise<ArrayBuffer | undefined> => {
    const secret = secrets.get(id);
    if (secret === undefined || input === undefined || mode === 'none') return undefined;
    const key = await crypto.subtle.importKey(
      'raw',
      secret,
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    return crypto.subtle.sign('HMAC', key, input);
  };
  const answer = (rawId: Bytes, outputs: object): Credential =>
    ({
      type: 'public-key',
      id: encodeBase64Url(rawId),
      rawId: rawId.buffer,
      getClientExtensionResults: () => outputs,
    }) as unknown as Credential;
  const prompt = (): void => {
    container.calls++;
    if (options.cancel === true)
      throw new DOMException('The operation was cancelled.', 'NotAllowedError');
  };

  const container = {
    calls: 0,
    async create(request?: CredentialCreationOptions): Promise<Credential | null> {
      prompt();
      const rawId = generateRandomBytes(16);
      const id = encodeBase64Url(rawId);
      secrets.set(id, generateRandomBytes(32));
      const inputs = request?.publicKey?.extensions as { prf?: PrfInputs } | undefined;
      if (mode === 'none') return answer(rawId, { prf: { enabled: false } });
      if (mode === 'get-only') return answer(rawId, { prf: { enabled: true } });
      const first = await prf(id, inputs?.prf?.eval?.first);
      return answer(rawId, { prf: { enabled: true, results: first ? { first } : undefined } });
    },
    async get(request?: CredentialRequestOptions): Promise<Credential | null> {
      prompt();
      const allowed = request?.publicKey?.allowCredentials ?? [];
      const chosen = allowed
        .map((c) => copyBytes(c.id as Uint8Array))
        .find((id) => secrets.has(encodeBase64Url(id)));
      if (chosen === undefined) throw new DOMException('No credential.', 'NotAllowedError');
      const id = encodeBase64Url(chosen);
      const inputs = (request?.publicKey?.extensions as { prf?: PrfInputs } | undefined)?.prf;
      const first = await prf(id, inputs?.evalByCredential?.[id]?.first ?? inputs?.eval?.first);
      return answer(chosen, { prf: first ? { results: { first } } : {} });
    },
    preventSilentAccess: () => Promise.resolve(),
    store: () => Promise.resolve(),
  };
  return container;
}

/**
 * Slots: independent ways to unwrap the one data key (the LUKS/Aegis idea).
 * Each slot seals the raw data key with its own key-wrapping key under an AAD
 * naming the vault and the slot, so a slot copied elsewhere does not open.
 */
import { HavenError, type ErrorCode } from '../errors.ts';
import type { PasskeySlotRow, PinSlotRow, RecoverySlotRow, SealedRow } from '../storage/schema.ts';
import { importAeadKey, openBytes, sealBytes } from './aead.ts';
import { encodeUtf8, generateRandomBytes, type Bytes } from './bytes.ts';
import { assertKdfStrength, deriveHkdfKey, derivePasswordKey, type KdfParams } from './kdf.ts';
import { createPrfCredential, type PasskeySetup } from './passkey.ts';
import { judgeVaultSecret, passphraseError } from './passphrase.ts';
import { generateRecoveryCode, parseRecoveryCode } from './recovery-code.ts';

const PASSKEY_INFO = 'havencode/passkey-slot/v1';
const RECOVERY_INFO = 'havencode/recovery-slot/v1';

/** Throws 'vault/pin-too-short' or 'vault/passphrase-too-short' (see judgeVaultSecret). */
export function assertPinAcceptable(pin: string): void {
  const problem = judgeVaultSecret(pin);
  if (problem !== undefined) throw passphraseError(problem);
}

/** A PIN/passphrase slot for `dataKey`, derived with `kdf` (checked against the floor). */
export async function createPinSlot(
  dataKey: Bytes,
  vaultId: string,
  pin: string,
  kdf: KdfParams,
  now: number,
): Promise<PinSlotRow> {
  assertPinAcceptable(pin);
  assertKdfStrength(kdf);
  const id = crypto.randomUUID();
  const salt = generateRandomBytes(16);
  const kek = await derivePasswordKey(pin, salt, kdf);
  return {
    id,
    kind: 'pin',
    createdAt: now,
    kdf,
    salt,
    wrapped: await wrapKey(kek, dataKey, vaultId, id),
  };
}

/** A recovery slot and its code, which the user sees once. */
export async function createRecoverySlot(
  dataKey: Bytes,
  vaultId: string,
  now: number,
): Promise<{ slot: RecoverySlotRow; code: string }> {
  const id = crypto.randomUUID();
  const salt = generateRandomBytes(16);
  const code = generateRecoveryCode();
  const kek = await deriveHkdfKey(parseRecoveryCode(code), salt, RECOVERY_INFO);
  const slot: RecoverySlotRow = {
    id,
    kind: 'recovery',
    createdAt: now,
    salt,
    wrapped: await wrapKey(kek, dataKey, vaultId, id),
  };
  return { slot, code };
}

/** A passkey slot: creates the credential (one or two prompts) and wraps with its PRF output. */
export async function createPasskeySlot(
  dataKey: Bytes,
  vaultId: string,
  setup: PasskeySetup,
  now: number,
): Promise<PasskeySlotRow> {
  const id = crypto.randomUUID();
  const prfSalt = generateRandomBytes(32);
  const { credentialId, prf } = await createPrfCredential(setup, prfSalt);
  const kek = await deriveHkdfKey(prf, prfSalt, PASSKEY_INFO);
  return {
    id,
    kind: 'passkey',
    createdAt: now,
    credentialId,
    prfSalt,
    wrapped: await wrapKey(kek, dataKey, vaultId, id),
  };
}

/** The data key behind a PIN slot; 'vault/wrong-pin' when the PIN does not open it. */
export async function openPinSlot(slot: PinSlotRow, vaultId: string, pin: string): Promise<Bytes> {
  const kek = await derivePasswordKey(pin, slot.salt, slot.kdf);
  return unwrapKey(kek, slot.wrapped, vaultId, slot.id, 'vault/wrong-pin');
}

/** The data key behind a recovery slot; 'vault/wrong-recovery-code' when the code does not open it. */
export async function openRecoverySlot(
  slot: RecoverySlotRow,
  vaultId: string,
  code: string,
): Promise<Bytes> {
  const kek = await deriveHkdfKey(parseRecoveryCode(code), slot.salt, RECOVERY_INFO);
  return unwrapKey(kek, slot.wrapped, vaultId, slot.id, 'vault/wrong-recovery-code');
}

/** The data key behind a passkey slot, given that credential's PRF output. */
export async function openPasskeySlot(
  slot: PasskeySlotRow,
  vaultId: string,
  prf: Bytes,
): Promise<Bytes> {
  const kek = await deriveHkdfKey(prf, slot.prfSalt, PASSKEY_INFO);
  return unwrapKey(kek, slot.wrapped, vaultId, slot.id, 'vault/wrong-passkey');
}

function slotAad(vaultId: string, slotId: string): Bytes {
  return encodeUtf8(`${vaultId}/slot/${slotId}`);
}

async function wrapKey(
  kek: Bytes,
  dataKey: Bytes,
  vaultId: string,
  slotId: string,
): Promise<SealedRow> {
  return sealBytes(await importAeadKey(kek), dataKey, slotAad(vaultId, slotId));
}

async function unwrapKey(
  kek: Bytes,
  wrapped: SealedRow,
  vaultId: string,
  slotId: string,
  wrongCode: ErrorCode,
): Promise<Bytes> {
  try {
    return await openBytes(await importAeadKey(kek), wrapped, slotAad(vaultId, slotId));
  } catch (error) {
    // A GCM failure here means the secret was wrong, not that the data is damaged.
    if (error instanceof HavenError && error.code === 'vault/corrupt') {
      throw new HavenError(wrongCode, 'this secret does not open the vault', { cause: error });
    }
    throw error;
  }
}

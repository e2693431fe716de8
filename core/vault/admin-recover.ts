/**
 * What `havencode kiosk-recover` does, offline at port IT: open a sealed
 * vault export's admin slot with IT's private key and put a one-time
 * recovery slot in place of the vault's own; IT gives the worker its code
 * apart from the file.
 */
import { HavenError } from '../errors.ts';
import { importAeadKey, openBytes } from './aead.ts';
import { encodeUtf8 } from './bytes.ts';
import { createRecoverySlot } from './slots.ts';
import { openAdminSlot } from './admin-slot.ts';
import { parseSealedVault, writeReenrolment } from './vault-file.ts';

/** The re-enrolment file's text and its one-time code. */
export async function recoverSealedVault(
  sealedText: string,
  privateKey: CryptoKey,
  now: number,
): Promise<{ file: string; code: string; name: string }> {
  const { profile, records } = parseSealedVault(sealedText);
  if (profile.adminSlot === undefined)
    throw new HavenError('kiosk/no-admin-slot', `the vault of ${profile.name} has no admin slot`);
  const dataKey = await openAdminSlot(profile.adminSlot, profile.id, privateKey);
  // The same check a resumed session makes: this key belongs to this vault.
  await openBytes(
    await importAeadKey(dataKey),
    profile.keyCheck,
    encodeUtf8(`${profile.id}/key-check`),
  );
  const { slot, code } = await createRecoverySlot(dataKey, profile.id, now);
  const file = writeReenrolment({
    // The lost key's vault may have its worker's recovery code too: the new code replaces it
    // (unlock takes the recovery slot), and re-enrolment replaces this one in turn.
    profile: { ...profile, slots: [...profile.slots.filter((s) => s.kind !== 'recovery'), slot] },
    records,
    reenrolSlotId: slot.id,
  });
  return { file, code, name: profile.name };
}

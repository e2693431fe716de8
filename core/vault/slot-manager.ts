/**
 * Adding, changing and removing slots of an unlocked vault. A slot only wraps
 * the data key, so none of this touches a record: the ciphertexts stay as
 * they are. Each change is one transaction on the vault row.
 */
import { HavenError } from '../errors.ts';
import type { HavenDb } from '../storage/db.ts';
import { getVaultRow, updateVaultRow } from '../storage/repository.ts';
import type { VaultRow, SlotKind, SlotRow } from '../storage/schema.ts';
import type { Bytes } from './bytes.ts';
import { calibrateKdf } from './calibrate.ts';
import type { KdfParams } from './kdf.ts';
import type { PasskeySetup } from './passkey.ts';
import {
  assertPinAcceptable,
  createPasskeySlot,
  createPinSlot,
  createRecoverySlot,
} from './slots.ts';

/** What the UI may know about a slot (no key material). */
export interface SlotSummary {
  id: string;
  kind: SlotKind;
  createdAt: number;
  /** PIN slots: the KDF and its cost. */
  kdf?: KdfParams | undefined;
}

/** Slot operations of an unlocked session. */
export interface SlotManager {
  /** Every slot of the vault. */
  listSlots(): Promise<SlotSummary[]>;
  /** Adds a PIN slot; 'vault/exists' when there is one already (use changePin). */
  addPinSlot(pin: string, kdf?: KdfParams): Promise<SlotSummary>;
  /** Replaces the PIN (or adds one); keeps the current KDF cost unless `kdf` is given. */
  changePin(pin: string, kdf?: KdfParams): Promise<SlotSummary>;
  /** Creates a passkey and adds it as a slot; several passkeys may open one vault. */
  addPasskeySlot(setup: PasskeySetup): Promise<SlotSummary>;
  /** Removes a slot; 'vault/last-slot' when nothing else would open the vault. */
  removeSlot(slotId: string): Promise<void>;
  /** Replaces the recovery code; the old one stops working. Returns the new code, shown once. */
  regenerateRecoveryCode(): Promise<string>;
}

interface SlotContext {
  db: HavenDb;
  vaultId: string;
  clock: () => number;
  rawKey: () => Bytes;
}

/** Describes a stored slot without its key material. */
export function summariseSlot(slot: SlotRow): SlotSummary {
  return {
    id: slot.id,
    kind: slot.kind,
    createdAt: slot.createdAt,
    kdf: slot.kind === 'pin' ? slot.kdf : undefined,
  };
}

/** The slot operations for a session whose data key `rawKey()` returns (or throws 'vault/locked'). */
export function createSlotManager({ db, vaultId, clock, rawKey }: SlotContext): SlotManager {
  const change = async (apply: (row: VaultRow) => VaultRow): Promise<void> => {
    const row = await updateVaultRow(db, vaultId, apply);
    if (row === undefined) throw new HavenError('vault/not-found', `vault ${vaultId} is gone`);
  };
  const choosePinKdf = async (kdf: KdfParams | undefined): Promise<KdfParams> => {
    if (kdf !== undefined) return kdf;
    const current = (await getVaultRow(db, vaultId)).slots.find((s) => s.kind === 'pin');
    return current?.kind === 'pin' ? current.kdf : (await calibrateKdf()).params;
  };

  return {
    async listSlots() {
      rawKey();
      return (await getVaultRow(db, vaultId)).slots.map(summariseSlot);
    },

    async addPinSlot(pin, kdf) {
      assertPinAcceptable(pin);
      const slot = await createPinSlot(rawKey(), vaultId, pin, await choosePinKdf(kdf), clock());
      await change((row) => {
        if (row.slots.some((s) => s.kind === 'pin')) {
          throw new HavenError('vault/exists', 'this vault has a PIN already; change it instead');
        }
        return { ...row, slots: [...row.slots, slot] };
      });
      return summariseSlot(slot);
    },

    async changePin(pin, kdf) {
      assertPinAcceptable(pin);
      const slot = await createPinSlot(rawKey(), vaultId, pin, await choosePinKdf(kdf), clock());
      // Old PIN slot out, new one in, failures reset: one transaction, so a crash keeps one PIN.
      await change((row) => ({
        ...row,
        slots: [...row.slots.filter((s) => s.kind !== 'pin'), slot],
        failures: { count: 0, lastAt: 0 },
      }));
      return summariseSlot(slot);
    },

    async addPasskeySlot(setup) {
      const slot = await createPasskeySlot(rawKey(), vaultId, setup, clock());
      await change((row) => ({ ...row, slots: [...row.slots, slot] }));
      return summariseSlot(slot);
    },

    async removeSlot(slotId) {
      rawKey();
      await change((row) => {
        if (!row.slots.some((s) => s.id === slotId))
          throw new HavenError('vault/no-slot', `no slot ${slotId}`);
        const slots = row.slots.filter((s) => s.id !== slotId);
        if (slots.length === 0)
          throw new HavenError('vault/last-slot', 'the last slot cannot be removed');
        return { ...row, slots };
      });
    },

    async regenerateRecoveryCode() {
      const { slot, code } = await createRecoverySlot(rawKey(), vaultId, clock());
      await change((row) => ({
        ...row,
        slots: [...row.slots.filter((s) => s.kind !== 'recovery'), slot],
      }));
      return code;
    },
  };
}

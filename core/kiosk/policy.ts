import { parseSecureOrigin, siteProfiles } from '../sites/index.ts';

/**
 * What an administrator sets through the browser's managed extension policy
 * (`storage.managed`, schema in extension/public/managed_schema.json). Outside
 * kiosk mode the user's own settings apply and this is all defaults.
 */
export interface KioskPolicy {
  /** Shared-PC mode: one vault per worker, passkeys only, locked after every fill. */
  kiosk: boolean;
  /** Lock after this many seconds without use. */
  idleSeconds: number;
  /** Clear a copied code from the clipboard after this many seconds. */
  clipboardSeconds: number;
  /** Exact https origins where codes may be filled. */
  allowedSites: readonly string[];
  /** PIN slots may be added (kiosk mode: off, a PIN on a shared PC can be guessed offline). */
  allowPinSlots: boolean;
  /** Backups and plain otpauth:// export may be made. */
  allowExport: boolean;
  /**
   * The lock screen lists every worker (small sites). Off, a worker is shown
   * only to someone who typed their whole name or werkboeknummer: who works
   * at a terminal is itself personal data.
   */
  listWorkers: boolean;
  /** Vaults not unlocked for this many days are removed at start-up; undefined: never. */
  forgetAfterDays: number | undefined;
  /** Closing the last tab of an allowed site locks (the shift hand-over). */
  lockOnTabClose: boolean;
  /** Port IT's P-256 public key (JWK text or SPKI base64): every vault is also sealed to it. */
  adminRecoveryKey: string | undefined;
}

const KNOWN_SITES = siteProfiles.map((profile) => profile.origin);

/** The policy when an administrator set nothing: a personal browser. */
export const PERSONAL_POLICY: KioskPolicy = {
  kiosk: false,
  idleSeconds: 300,
  clipboardSeconds: 30,
  allowedSites: KNOWN_SITES,
  allowPinSlots: true,
  allowExport: true,
  listWorkers: false,
  forgetAfterDays: undefined,
  lockOnTabClose: false,
  adminRecoveryKey: undefined,
};

/** Kiosk defaults: each value can still be set by the administrator. */
const KIOSK_DEFAULTS: KioskPolicy = {
  kiosk: true,
  idleSeconds: 60,
  clipboardSeconds: 10,
  allowedSites: KNOWN_SITES,
  allowPinSlots: false,
  allowExport: false,
  listWorkers: false,
  forgetAfterDays: undefined,
  lockOnTabClose: true,
  adminRecoveryKey: undefined,
};

/**
 * The policy from what `storage.managed.get()` returned. Managed storage is
 * written by an administrator, but a typo must not open the PC up (fail
 * closed): any managed key without an explicit `kiosk: false` means kiosk
 * mode — Chromium drops a wrongly typed `kiosk` before we see it — and a
 * value of the wrong type or out of range falls back to the strict default.
 * Only no managed policy at all, or `kiosk: false`, is a personal browser.
 */
export function parseKioskPolicy(raw: Record<string, unknown>): KioskPolicy {
  const personal = raw.kiosk === false || Object.keys(raw).length === 0;
  const base = personal ? PERSONAL_POLICY : KIOSK_DEFAULTS;
  return {
    kiosk: base.kiosk,
    idleSeconds: readSeconds(raw.idleSeconds, base.idleSeconds, 15, 3600),
    clipboardSeconds: readSeconds(raw.clipboardSeconds, base.clipboardSeconds, 1, 300),
    allowedSites: readOrigins(raw.allowedSites) ?? base.allowedSites,
    allowPinSlots: typeof raw.allowPinSlots === 'boolean' ? raw.allowPinSlots : base.allowPinSlots,
    allowExport: typeof raw.allowExport === 'boolean' ? raw.allowExport : base.allowExport,
    listWorkers: raw.listWorkers === true,
    forgetAfterDays: readWholeNumber(raw.forgetAfterDays, 1, 3650),
    lockOnTabClose:
      typeof raw.lockOnTabClose === 'boolean' ? raw.lockOnTabClose : base.lockOnTabClose,
    adminRecoveryKey:
      typeof raw.adminRecoveryKey === 'string' && raw.adminRecoveryKey.trim() !== ''
        ? raw.adminRecoveryKey
        : undefined,
  };
}

function readSeconds(value: unknown, fallback: number, min: number, max: number): number {
  return readWholeNumber(value, min, max) ?? fallback;
}

function readWholeNumber(value: unknown, min: number, max: number): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
    ? value
    : undefined;
}

function readOrigins(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const origins = value
    .filter((item): item is string => typeof item === 'string')
    .map(parseSecureOrigin);
  const valid = origins.filter((origin): origin is string => origin !== undefined);
  return valid.length > 0 ? valid : undefined;
}

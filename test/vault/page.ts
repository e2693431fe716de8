/**
 * The vault test page: exposes the real core/vault and core/storage on
 * `window.haven` so the e2e tests can drive them in Chromium (real IndexedDB,
 * WebCrypto, WebAuthn), plus a write stream for the crash test and a raw
 * IndexedDB dump.
 */
import * as vault from '../../core/vault/index.ts';
import { openHavenDb, requestPersistence } from '../../core/vault/database.ts';
import { dumpDatabase } from './dump-database.ts';
import type { OtpAccount } from '../../core/otp/account.ts';

/** What the write stream has finished so far (each step is one committed transaction). */
export interface WriteProgress {
  batches: number;
  pinChanges: number;
  /** The PIN of the last completed changePin. */
  pin: string;
  error: string | undefined;
}

/** An account whose secret, issuer and name all contain `tag`. */
function makeAccount(tag: string): OtpAccount {
  return {
    type: 'totp',
    issuer: `Issuer${tag}`,
    account: `worker${tag}@example.be`,
    secret: `JBSWY3DPEHPK3PXP${tag.toUpperCase().replace(/[^A-Z2-7]/g, 'A')}`,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
  };
}

/** The passkey setup of a vault named `userName`, with this page's origin as the relying party. */
function passkeyFor(userName: string): vault.PasskeySetup {
  return {
    credentials: navigator.credentials,
    rpId: location.hostname,
    rpName: 'Havencode',
    userName,
  };
}

const progress: WriteProgress = { batches: 0, pinChanges: 0, pin: '', error: undefined };

/** Writes until the page dies: batches of 5 accounts, label updates, and a PIN change every third step. */
async function startWrites(profileId: string, pins: [string, string]): Promise<void> {
  const db = await openHavenDb();
  const session = await vault.unlockWithPin(db, profileId, pins[0]);
  progress.pin = pins[0];
  try {
    for (let step = 0; ; step++) {
      const { added } = await session.addAccounts(
        [0, 1, 2, 3, 4].map((i) => makeAccount(`s${step}x${i}`)),
      );
      await session.updateAccount(added[0]?.id ?? '', { label: `step ${step}` });
      progress.batches++;
      if (step % 3 === 2) {
        const next = progress.pin === pins[0] ? pins[1] : pins[0];
        await session.changePin(next, vault.ARGON2_FLOOR);
        progress.pin = next;
        progress.pinChanges++;
      }
    }
  } catch (error) {
    progress.error = String(error);
  }
}

const haven = {
  ...vault,
  openHavenDb,
  requestPersistence,
  makeAccount,
  passkeyFor,
  startWrites,
  progress,
  dumpDatabase: (name?: string) => dumpDatabase(indexedDB, name),
};

/** The API the e2e tests call inside the page. */
export type HavenTestApi = typeof haven;

declare global {
  interface Window {
    haven: HavenTestApi;
  }
}

window.haven = haven;

import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import type { ClipboardAccess, KeyKeeper } from '../../core/app/adapters.ts';
import { createCopy } from '../../core/app/clipboard.ts';
import { followLanguageChoice } from '../../core/app/language.ts';
import { createSettingsModel, type SettingsModel } from '../../core/app/settings.ts';
import { openVaultApp } from '../../core/app/vault-app.ts';
import type { AddResult, ShellActions, VaultPort } from '../../core/app/vault-port.ts';
import { language } from '../../core/ui/i18n-state.ts';
import { openHavenDb, type HavenDb } from '../../core/vault/database.ts';
import type { KioskPolicy } from '../../core/kiosk/policy.ts';
import { createKioskPort } from '../../core/ui/kiosk/kiosk-port.ts';
import { HavenError } from '../../core/errors.ts';
import type { KioskPort } from '../../core/ui/kiosk/kiosk-port.ts';
import { parseSecureOrigin } from '../../core/sites/index.ts';
import { decodeImageUrl } from './decode-image.ts';
import { requestLinkAccess } from './options/link-access.ts';
import { sendOrThrow } from './protocol.ts';
import { sessionKeeper } from './session-store.ts';
import { extensionSettingsStore } from './settings-store.ts';

/**
 * The vault of an extension page (popup, options) through the application
 * layer: it runs core/vault itself (WebAuthn needs a document) and keeps the
 * data key in storage.session, where the background and the other pages
 * resume it; clearing it locks everything. Also applies the chosen language.
 */
export async function openExtensionPort(
  policy: KioskPolicy,
  database: Promise<HavenDb> = openHavenDb(),
): Promise<VaultPort> {
  // A first run in the unlock window stays open: it shows the recovery code and adds the account.
  let closeOnUnlock = false;
  const port = await openVaultApp({
    openDatabase: () => database,
    keeper: keeperClosingWindow(() => closeOnUnlock),
    settingsStore: extensionSettingsStore,
    passkey: passkeyAccess(),
    policy,
  });
  followLanguageChoice(port.settings, language, navigator.languages);
  closeOnUnlock = isUnlockWindow() && port.status.peek() !== 'empty';
  // A code field waiting on a site tab gets its code as soon as its account is added here.
  const tellSites = async <T extends AddResult>(result: T): Promise<T> => {
    if (result.added > 0) await sendOrThrow('accounts:added', {});
    return result;
  };
  return {
    ...port,
    addAccounts: async (accounts) => tellSites(await port.addAccounts(accounts)),
    importBackup: async (file, passphrase) => tellSites(await port.importBackup(file, passphrase)),
  };
}

/**
 * Kiosk mode's port: one vault per worker, sealed by their own security key,
 * with the administrator's idle time. The background locks it after a fill.
 */
export async function openKioskPort(
  policy: KioskPolicy,
  database: Promise<HavenDb>,
): Promise<{ kiosk: KioskPort; settings: SettingsModel }> {
  const { adminRecoveryKey } = policy;
  const adminKey =
    adminRecoveryKey === undefined
      ? undefined
      : import('../../core/vault/admin-slot.ts')
          .then((m) => m.importAdminPublicKey(adminRecoveryKey))
          // A mistyped key in the policy: the lock screen says so instead of staying blank.
          .catch((error: unknown) => {
            if (error instanceof HavenError) return error;
            throw error;
          });
  // Side by side: the lock screen waits for the slowest, not for their sum.
  const [settings, kiosk] = await Promise.all([
    // The worker list shows no vault: its settings are the device's under the policy.
    createSettingsModel({ store: extensionSettingsStore, vault: signal(undefined), policy }),
    Promise.all([database, adminKey]).then(([db, key]) =>
      createKioskPort({
        db,
        passkey: passkeyAccess(),
        keeper: keeperClosingWindow(isUnlockWindow),
        settingsStore: extensionSettingsStore,
        policy,
        adminKey: key instanceof HavenError ? undefined : key,
        policyProblem: key instanceof HavenError ? key : undefined,
        onActivity: throttle(() => void sendOrThrow('activity', {}), ACTIVITY_EVERY_MS),
      }),
    ),
  ]);
  followLanguageChoice(settings, language, navigator.languages);
  sessionKeeper.watch((unlocked) => {
    if (!unlocked) void kiosk.leave();
  });
  return { kiosk, settings };
}

/** Kiosk activity reaches the background at most this often. */
const ACTIVITY_EVERY_MS = 5_000;

function throttle(run: () => void, ms: number): () => void {
  let last = 0;
  return () => {
    if (Date.now() - last < ms) return;
    last = Date.now();
    run();
  };
}

function passkeyAccess() {
  return { credentials: navigator.credentials, rpId: browser.runtime.id, rpName: 'Havencode' };
}

/** Opened as a window to unlock for a waiting field (see openUnlock). */
function isUnlockWindow(): boolean {
  return new URLSearchParams(location.search).has('unlock');
}

/** storage.session as the key keeper; the unlock window closes once its key is kept, when asked to. */
function keeperClosingWindow(closeOnUnlock: () => boolean): KeyKeeper {
  return {
    ...sessionKeeper,
    async save(kept) {
      await sessionKeeper.save(kept);
      if (closeOnUnlock()) window.close();
    },
  };
}

/** The background wipes the clipboard: the popup may close long before. */
const extensionClipboard: ClipboardAccess = {
  write: (text) => navigator.clipboard.writeText(text),
  wipeLater: async (afterMs) => {
    await sendOrThrow('clipboard:clear-later', { afterMs });
  },
};

/**
 * What only an extension page can do: read the tab's QR codes, copy with a
 * timed wipe, link the current site. Kiosk mode fills only the sites the
 * administrator allowed, so a worker links none.
 */
export function createPopupShell(
  settings: Pick<SettingsModel, 'current'>,
  { kiosk }: { kiosk: boolean },
): ShellActions {
  return {
    copy: createCopy(extensionClipboard, settings),
    scan: {
      testId: 'scan-page',
      label: 'add.scanPage',
      run: async () => (await sendOrThrow('scan:tab', {})).texts,
    },
    currentOrigin: async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.url === undefined ? undefined : parseSecureOrigin(tab.url);
    },
    ...(kiosk ? {} : { allowSite: requestLinkAccess }),
    decodeImage: async (file) => {
      const url = URL.createObjectURL(file);
      try {
        return await decodeImageUrl(url);
      } finally {
        URL.revokeObjectURL(url);
      }
    },
  };
}

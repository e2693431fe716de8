import { effect } from '@preact/signals';
import { browser } from 'wxt/browser';
import { openHavenDb } from '../../core/storage/db.ts';
import { language, setLanguage } from '../../core/ui/i18n-state.ts';
import { createLocalVaultPort } from '../../core/ui/local-vault-port.ts';
import type { AddResult, ShellActions, VaultPort } from '../../core/ui/vault-port.ts';
import type { VaultSession } from '../../core/vault/index.ts';
import type { KioskPolicy } from '../../core/kiosk/policy.ts';
import { importAdminPublicKey } from '../../core/kiosk/admin-slot.ts';
import { createKioskPort } from '../../core/ui/kiosk/kiosk-port.ts';
import type { KioskPort } from '../../core/ui/kiosk/kiosk-port.ts';
import { parseSecureOrigin } from '../../core/sites/index.ts';
import { decodeImageUrl } from './decode-image.ts';
import type { PageRequest, ScanAnswer } from './messages.ts';
import { clearSession, loadSession, saveSession, watchSession } from './session-store.ts';
import { loadSettings, saveSettings } from './settings-store.ts';

const send = <T>(request: PageRequest) => browser.runtime.sendMessage<PageRequest, T>(request);

/**
 * The vault of an extension page (popup, options): it runs core/vault
 * itself (WebAuthn needs a document) and hands the data key to
 * storage.session, where the background and the other pages resume it;
 * clearing it locks everything. Also applies and keeps the chosen language.
 * `onSession` hears the page's own session (the options page needs it).
 */
export async function openExtensionPort(
  onSession?: (session: VaultSession | undefined) => void,
): Promise<VaultPort> {
  await applyLanguage();
  // A first run in the unlock window stays open: it shows the recovery code and adds the account.
  let closeOnUnlock = false;
  const port = await createLocalVaultPort({
    db: await openHavenDb(),
    passkey: passkeyAccess(),
    resume: await loadSession(),
    onSession: (session) => {
      onSession?.(session);
      void keepSession(session, closeOnUnlock);
    },
  });
  closeOnUnlock = isUnlockWindow() && port.status.peek() !== 'empty';
  watchSession((unlocked) => {
    if (!unlocked) void port.lock();
  });
  // A code field waiting on a site tab gets its code as soon as its account is added here.
  const tellSites = async <T extends AddResult>(result: T): Promise<T> => {
    if (result.added > 0) await send({ type: 'accounts:added' });
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
export async function openKioskPort(policy: KioskPolicy): Promise<KioskPort> {
  await applyLanguage();
  const kiosk = await createKioskPort({
    db: await openHavenDb(),
    passkey: passkeyAccess(),
    idleSeconds: policy.idleSeconds,
    forgetAfterDays: policy.forgetAfterDays,
    adminKey:
      policy.adminRecoveryKey === undefined
        ? undefined
        : await importAdminPublicKey(policy.adminRecoveryKey),
    resume: await loadSession(),
    onSession: (session) => void keepSession(session, isUnlockWindow()),
    onActivity: throttle(() => void send({ type: 'activity' }), ACTIVITY_EVERY_MS),
  });
  watchSession((unlocked) => {
    if (!unlocked) void kiosk.leave();
  });
  return kiosk;
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

/**
 * Hands the page's session to storage.session, where every other context
 * follows it; then closes the unlock window when asked to.
 */
async function keepSession(session: VaultSession | undefined, closeWindow: boolean): Promise<void> {
  if (!session) return clearSession();
  await saveSession(session.vaultId, await session.exportKey());
  if (closeWindow) window.close();
}

/** The saved language choice, else the browser's; only a choice made in the picker is kept. */
async function applyLanguage(): Promise<void> {
  const settings = await loadSettings();
  setLanguage(settings.language ?? navigator.languages);
  const initial = language.peek();
  effect(() => {
    if (language.value !== initial) void saveSettings({ language: language.value });
  });
}

/** What only an extension page can do: read the tab's QR codes, copy with a timed wipe. */
export function createPopupShell(policy: KioskPolicy): ShellActions {
  return {
    copy: async (code) => {
      await navigator.clipboard.writeText(code);
      const seconds = policy.kiosk
        ? policy.clipboardSeconds
        : (await loadSettings()).clipboardSeconds;
      // The background wipes it: the popup may close long before.
      if (seconds > 0) await send({ type: 'clipboard:clear-later', afterMs: seconds * 1000 });
      return seconds;
    },
    scan: {
      testId: 'scan-page',
      label: 'add.scanPage',
      run: async () => (await send<ScanAnswer>({ type: 'scan:tab' })).texts,
    },
    currentOrigin: async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.url === undefined ? undefined : parseSecureOrigin(tab.url);
    },
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

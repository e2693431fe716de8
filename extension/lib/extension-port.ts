import { effect } from '@preact/signals';
import { browser } from 'wxt/browser';
import { openHavenDb } from '../../core/storage/db.ts';
import { language, setLanguage } from '../../core/ui/i18n-state.ts';
import { createLocalVaultPort } from '../../core/ui/local-vault-port.ts';
import type { ShellActions, VaultPort } from '../../core/ui/vault-port.ts';
import type { VaultSession } from '../../core/vault/index.ts';
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
  const settings = await loadSettings();
  setLanguage(settings.language ?? navigator.languages);
  // Only a choice the user makes in the picker is kept; the browser's default follows the browser.
  const initial = language.peek();
  effect(() => {
    if (language.value !== initial) void saveSettings({ language: language.value });
  });

  // Opened as a window to unlock for a waiting field (see openUnlock): close once done.
  const forUnlock = new URLSearchParams(location.search).has('unlock');
  const port = await createLocalVaultPort({
    db: await openHavenDb(),
    passkey: { credentials: navigator.credentials, rpId: browser.runtime.id, rpName: 'Havencode' },
    resume: await loadSession(),
    onSession: (session) => {
      onSession?.(session);
      if (!session) return void clearSession();
      void session
        .exportKey()
        .then((key) => saveSession(session.vaultId, key))
        .then(() => forUnlock && window.close());
    },
  });
  watchSession((unlocked) => {
    if (!unlocked) void port.lock();
  });
  return port;
}

/** What only an extension page can do: read the tab's QR codes, copy with a timed wipe. */
export function createPopupShell(): ShellActions {
  return {
    copy: async (code) => {
      await navigator.clipboard.writeText(code);
      const seconds = (await loadSettings()).clipboardSeconds;
      // The background wipes it: the popup may close long before.
      if (seconds > 0) await send({ type: 'clipboard:clear-later', afterMs: seconds * 1000 });
    },
    scan: {
      testId: 'scan-page',
      label: 'add.scanPage',
      run: async () => (await send<ScanAnswer>({ type: 'scan:tab' })).texts,
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

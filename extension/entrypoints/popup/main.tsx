import { render } from 'preact';
import { browser } from 'wxt/browser';
import { openHavenDb } from '../../../core/storage/db.ts';
import { App } from '../../../core/ui/App.tsx';
import { setLanguage } from '../../../core/ui/i18n-state.ts';
import { createLocalVaultPort } from '../../../core/ui/local-vault-port.ts';
import '../../../core/ui/styles.css';
import { copyWithClear } from '../../../core/ui/clipboard.ts';
import { decodeImageUrl } from '../../lib/decode-image.ts';
import type { PageRequest, ScanAnswer } from '../../lib/messages.ts';
import { clearSession, loadSession, saveSession, watchSession } from '../../lib/session-store.ts';

setLanguage(navigator.languages);

const port = await createLocalVaultPort({
  db: await openHavenDb(),
  passkey: { credentials: navigator.credentials, rpId: browser.runtime.id, rpName: 'Havencode' },
  resume: await loadSession(),
  // The background and the content scripts follow the key kept in storage.session.
  onSession: (session) =>
    void (session
      ? session.exportKey().then((key) => saveSession(session.vaultId, key))
      : clearSession()),
});
watchSession((unlocked) => {
  if (!unlocked) void port.lock();
});

const scanTab = async () =>
  (await browser.runtime.sendMessage<PageRequest, ScanAnswer>({ type: 'scan:tab' })).texts;

render(
  <App
    port={port}
    shell={{
      copy: copyWithClear,
      scan: { testId: 'scan-page', label: 'add.scanPage', run: scanTab },
      decodeImage: async (file) => {
        const url = URL.createObjectURL(file);
        try {
          return await decodeImageUrl(url);
        } finally {
          URL.revokeObjectURL(url);
        }
      },
    }}
  />,
  document.getElementById('app')!,
);

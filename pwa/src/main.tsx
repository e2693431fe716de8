import { render } from 'preact';
import { createCopy } from '../../core/app/clipboard.ts';
import { followLanguageChoice } from '../../core/app/language.ts';
import { pageMemoryKeeper } from '../../core/app/page-keeper.ts';
import { openVaultApp } from '../../core/app/vault-app.ts';
import { App } from '../../core/ui/App.tsx';
import { language } from '../../core/ui/i18n-state.ts';
import { openHavenDb, requestPersistence } from '../../core/vault/database.ts';
import '../../core/ui/styles.css';
import './pwa.css';
import { lockWhenHidden } from '../../core/app/hidden-lock.ts';
import { pageClipboard } from './clipboard.ts';
import { PwaNotices } from './PwaNotices.tsx';
import { createPwaSettingsStore } from './settings-store.ts';
import { startServiceWorkerWhenNeeded } from './service-worker.ts';

// Asked once at start: without it the browser may evict the vault under storage pressure.
void requestPersistence(navigator.storage);
const port = await openVaultApp({
  openDatabase: () => openHavenDb(),
  keeper: pageMemoryKeeper,
  settingsStore: createPwaSettingsStore(localStorage, window),
  passkey:
    'PublicKeyCredential' in window
      ? { credentials: navigator.credentials, rpId: location.hostname, rpName: 'Havencode' }
      : undefined,
});
followLanguageChoice(port.settings, language, navigator.languages);
lockWhenHidden(port);
startServiceWorkerWhenNeeded(port.status);

// The scanner, its worker and zxing (about 1 MB) load only when the user scans.
const loadScanner = () => import('./scanner/index.tsx');

render(
  <App
    port={port}
    startAdding={new URLSearchParams(location.search).has('add')}
    shell={{
      copy: createCopy(pageClipboard, port.settings),
      scan: {
        testId: 'scan-camera',
        label: 'add.scanCamera',
        run: async () => (await loadScanner()).scanWithCamera(port),
      },
      decodeImage: async (file) => (await loadScanner()).decodeImageFile(file),
    }}
  >
    <PwaNotices />
  </App>,
  document.getElementById('app')!,
);

import { render } from 'preact';
import { App } from '../../core/ui/App.tsx';
import { copyWithClear } from './clipboard.ts';
import { createLocalVaultPort } from '../../core/ui/local-vault-port.ts';
import { openHavenDb, requestPersistence } from '../../core/storage/db.ts';
import '../../core/ui/styles.css';
import './pwa.css';
import { lockWhenHidden } from './auto-lock.ts';
import { startLanguage } from './language.ts';
import { PwaNotices } from './PwaNotices.tsx';
import { startServiceWorker } from './service-worker.ts';

startLanguage(localStorage, navigator.languages);
startServiceWorker();

const db = await openHavenDb();
// Asked once at start: without it the browser may evict the vault under storage pressure.
void requestPersistence(navigator.storage);
const port = await createLocalVaultPort({
  db,
  passkey:
    'PublicKeyCredential' in window
      ? { credentials: navigator.credentials, rpId: location.hostname, rpName: 'Havencode' }
      : undefined,
});
lockWhenHidden(port);

// The scanner, its worker and zxing (about 1 MB) load only when the user scans.
const loadScanner = () => import('./scanner/index.tsx');

render(
  <App
    port={port}
    startAdding={new URLSearchParams(location.search).has('add')}
    shell={{
      copy: copyWithClear,
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

import { render } from 'preact';
import { App } from '../../core/ui/App.tsx';
import { setLanguage } from '../../core/ui/i18n-state.ts';
import { createLocalVaultPort } from '../../core/ui/local-vault-port.ts';
import { openHavenDb, requestPersistence } from '../../core/storage/db.ts';
import '../../core/ui/styles.css';
import { copyWithClear } from './clipboard.ts';

setLanguage(navigator.languages);

const db = await openHavenDb();
void requestPersistence(navigator.storage);
const port = await createLocalVaultPort({
  db,
  passkey:
    'PublicKeyCredential' in window
      ? { credentials: navigator.credentials, rpId: location.hostname, rpName: 'Havencode' }
      : undefined,
});

render(<App port={port} shell={{ copy: copyWithClear }} />, document.getElementById('app')!);

import { render } from 'preact';
import { App } from '../../../core/ui/App.tsx';
import '../../../core/ui/styles.css';
import { createPopupShell, openExtensionPort } from '../../lib/extension-port.ts';
import { openHavenDb } from '../../../core/vault/database.ts';
import { readSettledPolicy, watchKioskPolicy } from '../../lib/kiosk-policy.ts';
import { startKioskPopup } from './kiosk-popup.tsx';

// Both modes need the database: it opens while the policy is read.
const database = openHavenDb();
const policy = await readSettledPolicy();
// Policies arrive a little after the browser starts, and an administrator may change them.
watchKioskPolicy(() => location.reload());
const root = document.getElementById('app')!;
if (policy.kiosk) await startKioskPopup(policy, database, root);
else {
  const port = await openExtensionPort(policy, database);
  render(<App port={port} shell={createPopupShell(port.settings, { kiosk: false })} />, root);
}

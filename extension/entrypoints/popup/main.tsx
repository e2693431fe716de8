import { render } from 'preact';
import { App } from '../../../core/ui/App.tsx';
import '../../../core/ui/styles.css';
import { createPopupShell, openExtensionPort } from '../../lib/extension-port.ts';
import { readSettledPolicy, watchKioskPolicy } from '../../lib/kiosk-policy.ts';
import { startKioskPopup } from './kiosk-popup.tsx';

const policy = await readSettledPolicy();
// Policies arrive a little after the browser starts, and an administrator may change them.
watchKioskPolicy(() => location.reload());
const root = document.getElementById('app')!;
if (policy.kiosk) await startKioskPopup(policy, root);
else {
  const port = await openExtensionPort(policy);
  render(<App port={port} shell={createPopupShell(port.settings, { kiosk: false })} />, root);
}

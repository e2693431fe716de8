import { render } from 'preact';
import { App } from '../../../core/ui/App.tsx';
import { KioskApp } from '../../../core/ui/kiosk/KioskApp.tsx';
import '../../../core/ui/styles.css';
import { createPopupShell, openExtensionPort, openKioskPort } from '../../lib/extension-port.ts';
import { readSettledPolicy, watchKioskPolicy } from '../../lib/kiosk-policy.ts';
import { profileKeptAcrossRestart } from '../../lib/kiosk-profile-marker.ts';

const policy = await readSettledPolicy();
// Policies arrive a little after the browser starts, and an administrator may change them.
watchKioskPolicy(() => location.reload());
const root = document.getElementById('app')!;
if (policy.kiosk) {
  const allow = {
    pinSlots: policy.allowPinSlots,
    export: policy.allowExport,
    listWorkers: policy.listWorkers,
  };
  const warnEphemeral = !(await profileKeptAcrossRestart());
  const { kiosk, settings } = await openKioskPort(policy);
  render(
    <KioskApp
      kiosk={kiosk}
      shell={createPopupShell(settings, { kiosk: true })}
      allow={allow}
      warnEphemeral={warnEphemeral}
    />,
    root,
  );
} else {
  const port = await openExtensionPort(policy);
  render(<App port={port} shell={createPopupShell(port.settings, { kiosk: false })} />, root);
}

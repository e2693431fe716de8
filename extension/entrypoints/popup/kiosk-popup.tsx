import { render } from 'preact';
import type { KioskPolicy } from '../../../core/kiosk/policy.ts';
import { KioskApp } from '../../../core/ui/kiosk/KioskApp.tsx';
import { createPopupShell, openKioskPort } from '../../lib/extension-port.ts';
import type { HavenDb } from '../../../core/vault/database.ts';
import { profileKeptAcrossRestart } from '../../lib/kiosk-profile-marker.ts';

/** Kiosk mode's popup: the workers' lock screen, then one worker's accounts. */
export async function startKioskPopup(
  policy: KioskPolicy,
  database: Promise<HavenDb>,
  root: HTMLElement,
): Promise<void> {
  const allow = {
    pinSlots: policy.allowPinSlots,
    export: policy.allowExport,
    listWorkers: policy.listWorkers,
  };
  const [kept, { kiosk, settings }] = await Promise.all([
    profileKeptAcrossRestart(),
    openKioskPort(policy, database),
  ]);
  render(
    <KioskApp
      kiosk={kiosk}
      shell={createPopupShell(settings, { kiosk: true })}
      allow={allow}
      warnEphemeral={!kept}
    />,
    root,
  );
}

import type { KioskPort } from './kiosk-port.ts';
import { AddWorker } from './AddWorker.tsx';
import { ReenrolWorker } from './ItRecovery.tsx';
import { WorkerSearch } from './WorkerSearch.tsx';

/** What the administrator's policy lets workers do beyond security keys and fills. */
export interface KioskAllowances {
  pinSlots: boolean;
  export: boolean;
  /** The lock screen may list every worker (else only a typed whole name or number finds one). */
  listWorkers: boolean;
}

/**
 * The lock screen: find yourself by typing your name or werkboeknummer, and,
 * apart from that, add a new worker.
 */
export function WorkerList({
  kiosk,
  allow,
  warnEphemeral,
  onAdded,
}: {
  kiosk: KioskPort;
  allow: KioskAllowances;
  warnEphemeral: boolean;
  onAdded: (recoveryCode: string) => void;
}) {
  return (
    <>
      <WorkerSearch kiosk={kiosk} listAll={allow.listWorkers} />
      <AddWorker
        kiosk={kiosk}
        pinSlots={allow.pinSlots}
        warnEphemeral={warnEphemeral}
        onAdded={onAdded}
      />
      {kiosk.adminRecovery && <ReenrolWorker kiosk={kiosk} onDone={onAdded} />}
    </>
  );
}

import { useEffect, useRef, useState } from 'preact/hooks';
import { ConfirmDialog } from '../ConfirmDialog.tsx';
import { LanguagePicker } from '../LanguagePicker.tsx';
import { RecoveryView } from '../RecoveryView.tsx';
import { AppBar, useAppFrame } from '../AppBar.tsx';
import { t } from '../i18n-state.ts';
import type { ShellActions } from '../../app/vault-port.ts';
import type { KioskPort } from './kiosk-port.ts';
import type { KioskUnlocked as KioskUnlockedType } from './KioskUnlocked.tsx';
import { WorkerList } from './WorkerList.tsx';
import type { KioskAllowances } from './WorkerList.tsx';

/**
 * The kiosk's popup: a lock screen with one button per worker (their
 * security key unlocks it), adding a worker, and — once unlocked — that
 * worker's accounts only, with 'Vergeet mij op deze pc'.
 */
export function KioskApp({
  kiosk,
  shell,
  allow,
  warnEphemeral,
}: {
  kiosk: KioskPort;
  shell: ShellActions;
  allow: KioskAllowances;
  /** This browser profile never kept data across a restart: it may be wiped at logoff. */
  warnEphemeral: boolean;
}) {
  const [recoveryCode, setRecoveryCode] = useState<string | undefined>(undefined);
  const [adding, setAdding] = useState(false);
  const [forgetting, setForgetting] = useState(false);
  const port = kiosk.current.value;
  const unlocked = port?.status.value === 'unlocked';

  const Unlocked = useUnlockedView(unlocked);
  useAppFrame(unlocked);
  const wasUnlocked = useRef(false);
  useEffect(() => {
    // Locked from elsewhere (after a fill, on idle): back to the list of workers.
    if (wasUnlocked.current && !unlocked) void kiosk.leave();
    wasUnlocked.current = unlocked;
  }, [unlocked]);

  return (
    <div class="app" onPointerDown={() => port?.touch()} onKeyDown={() => port?.touch()}>
      <AppBar
        actions={
          unlocked && !recoveryCode
            ? { adding, onAdd: () => setAdding(!adding), onLock: () => void kiosk.leave() }
            : undefined
        }
      />
      <main>
        {recoveryCode && (
          <RecoveryView
            code={recoveryCode}
            kiosk
            onCopy={shell.copy}
            onDone={() => setRecoveryCode(undefined)}
          />
        )}
        {!unlocked && !recoveryCode && (
          <WorkerList
            kiosk={kiosk}
            allow={allow}
            warnEphemeral={warnEphemeral}
            onAdded={setRecoveryCode}
          />
        )}
        {unlocked && !recoveryCode && port && Unlocked && (
          <Unlocked
            port={port}
            shell={shell}
            adding={adding}
            allowExport={allow.export}
            onAdded={() => setAdding(false)}
            onForget={() => setForgetting(true)}
          />
        )}
        {forgetting && (
          <ConfirmDialog
            message={t('kiosk.forgetConfirm')}
            onAnswer={(yes) => {
              setForgetting(false);
              if (yes) void kiosk.forgetMe();
            }}
          />
        )}
      </main>
      <footer class="foot">
        <LanguagePicker />
      </footer>
    </div>
  );
}

/** The unlocked view's component, imported the first time a worker is in. */
function useUnlockedView(wanted: boolean): typeof KioskUnlockedType | undefined {
  const [view, setView] = useState<typeof KioskUnlockedType | undefined>(undefined);
  useEffect(() => {
    if (wanted && !view)
      void import('./KioskUnlocked.tsx').then((m) => setView(() => m.KioskUnlocked));
  }, [wanted, view]);
  return view;
}

import { useEffect, useRef, useState } from 'preact/hooks';
import { AccountList } from '../AccountList.tsx';
import { AddAccount } from '../AddAccount.tsx';
import { BackupPanel } from '../BackupPanel.tsx';
import { ConfirmDialog } from '../ConfirmDialog.tsx';
import { LanguagePicker } from '../LanguagePicker.tsx';
import { RecoveryView } from '../RecoveryView.tsx';
import { AppBar, useAppFrame } from '../AppBar.tsx';
import { t } from '../i18n-state.ts';
import type { ShellActions } from '../../app/vault-port.ts';
import type { KioskPort } from './kiosk-port.ts';
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
        {unlocked && !recoveryCode && port && (
          <>
            {adding && <AddAccount port={port} shell={shell} onDone={() => setAdding(false)} />}
            <AccountList port={port} shell={shell} />
            {allow.export && <BackupPanel port={port} />}
            <button
              type="button"
              class="danger"
              data-testid="forget-me"
              onClick={() => setForgetting(true)}
            >
              {t('kiosk.forgetMe')}
            </button>
          </>
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

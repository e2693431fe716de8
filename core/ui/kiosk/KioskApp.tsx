import { useEffect, useRef, useState } from 'preact/hooks';
import { AccountList } from '../AccountList.tsx';
import { AddAccount } from '../AddAccount.tsx';
import { ConfirmDialog } from '../ConfirmDialog.tsx';
import { ErrorAlert } from '../ErrorAlert.tsx';
import { LanguagePicker } from '../LanguagePicker.tsx';
import { RecoveryView } from '../RecoveryView.tsx';
import { language, t } from '../i18n-state.ts';
import { startClock } from '../now.ts';
import { useAction } from '../use-action.ts';
import type { ShellActions } from '../vault-port.ts';
import type { KioskPort } from './kiosk-port.ts';

/**
 * The kiosk's popup: a lock screen with one button per worker (their
 * security key unlocks it), adding a worker, and — once unlocked — that
 * worker's accounts only, with 'Vergeet mij op deze pc'.
 */
export function KioskApp({ kiosk, shell }: { kiosk: KioskPort; shell: ShellActions }) {
  const [recoveryCode, setRecoveryCode] = useState<string | undefined>(undefined);
  const [adding, setAdding] = useState(false);
  const [forgetting, setForgetting] = useState(false);
  const port = kiosk.current.value;
  const unlocked = port?.status.value === 'unlocked';

  useEffect(() => {
    document.documentElement.lang = language.value;
  }, [language.value]);
  useEffect(() => (unlocked ? startClock() : undefined), [unlocked]);
  const wasUnlocked = useRef(false);
  useEffect(() => {
    // Locked from elsewhere (after a fill, on idle): back to the list of workers.
    if (wasUnlocked.current && !unlocked) void kiosk.leave();
    wasUnlocked.current = unlocked;
  }, [unlocked]);

  return (
    <div class="app" onPointerDown={() => port?.touch()} onKeyDown={() => port?.touch()}>
      <header class="bar">
        <span class="brand">{t('app.name')}</span>
        {unlocked && !recoveryCode && (
          <>
            <button
              type="button"
              data-testid="add-open"
              aria-expanded={adding}
              onClick={() => setAdding(!adding)}
            >
              {t('add.open')}
            </button>
            <button type="button" data-testid="lock" onClick={() => void kiosk.leave()}>
              {t('lock.now')}
            </button>
          </>
        )}
      </header>
      <main>
        {recoveryCode && (
          <RecoveryView code={recoveryCode} onDone={() => setRecoveryCode(undefined)} />
        )}
        {!unlocked && !recoveryCode && <WorkerList kiosk={kiosk} onAdded={setRecoveryCode} />}
        {unlocked && !recoveryCode && port && (
          <>
            {adding && <AddAccount port={port} shell={shell} onDone={() => setAdding(false)} />}
            <AccountList port={port} shell={shell} />
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

/** The lock screen: one button per worker, and a form to add one. */
function WorkerList({
  kiosk,
  onAdded,
}: {
  kiosk: KioskPort;
  onAdded: (recoveryCode: string) => void;
}) {
  const [name, setName] = useState('');
  const action = useAction();
  const add = (event: Event) => {
    event.preventDefault();
    if (name.trim() === '') return;
    void action.run(async () => {
      onAdded(await kiosk.addWorker(name));
      setName('');
    });
  };
  return (
    <section class="panel" aria-labelledby="kiosk-title">
      <h1 id="kiosk-title">{t('kiosk.title')}</h1>
      <p>{t('kiosk.intro')}</p>
      <ul class="workers">
        {kiosk.profiles.value.map((profile) => (
          <li key={profile.id}>
            <button
              type="button"
              class="primary"
              data-testid="profile"
              data-name={profile.name}
              disabled={action.busy}
              onClick={() => void action.run(() => kiosk.unlockWorker(profile.name))}
            >
              {profile.name}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={add}>
        <label>
          {t('kiosk.name')}
          <input
            data-testid="profile-name"
            autocomplete="off"
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </label>
        <button type="submit" data-testid="profile-add" disabled={action.busy}>
          {t('kiosk.add')}
        </button>
      </form>
      <ErrorAlert error={action.error} />
    </section>
  );
}

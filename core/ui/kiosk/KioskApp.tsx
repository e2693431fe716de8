import { useEffect, useRef, useState } from 'preact/hooks';
import { AccountList } from '../AccountList.tsx';
import { AddAccount } from '../AddAccount.tsx';
import { BackupPanel } from '../BackupPanel.tsx';
import { ConfirmDialog } from '../ConfirmDialog.tsx';
import { ErrorAlert } from '../ErrorAlert.tsx';
import { LanguagePicker } from '../LanguagePicker.tsx';
import { RecoveryView } from '../RecoveryView.tsx';
import { language, t } from '../i18n-state.ts';
import { startClock } from '../now.ts';
import { useAction } from '../use-action.ts';
import type { ShellActions } from '../vault-port.ts';
import type { ProfileSummary } from '../../vault/index.ts';
import type { KioskPort } from './kiosk-port.ts';

/**
 * The kiosk's popup: a lock screen with one button per worker (their
 * security key unlocks it), adding a worker, and — once unlocked — that
 * worker's accounts only, with 'Vergeet mij op deze pc'.
 */
export function KioskApp({
  kiosk,
  shell,
  allow,
}: {
  kiosk: KioskPort;
  shell: ShellActions;
  allow: KioskAllowances;
}) {
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
        {!unlocked && !recoveryCode && (
          <WorkerList kiosk={kiosk} allow={allow} onAdded={setRecoveryCode} />
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

/** What the administrator's policy lets workers do beyond security keys and fills. */
export interface KioskAllowances {
  pinSlots: boolean;
  export: boolean;
}

/**
 * The lock screen: one button per worker, and a form to add one. Where the
 * policy allows PINs, a worker may choose one instead of a security key.
 */
function WorkerList({
  kiosk,
  allow,
  onAdded,
}: {
  kiosk: KioskPort;
  allow: KioskAllowances;
  onAdded: (recoveryCode: string) => void;
}) {
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [pinFor, setPinFor] = useState<string | undefined>(undefined);
  const action = useAction();
  const add = (event: Event) => {
    event.preventDefault();
    if (name.trim() === '') return;
    void action.run(async () => {
      onAdded(await kiosk.addWorker(name, allow.pinSlots && pin !== '' ? pin : undefined));
      setName('');
      setPin('');
    });
  };
  const choose = (profile: ProfileSummary) => {
    if (profile.slotKinds.includes('passkey'))
      void action.run(() => kiosk.unlockWorker(profile.name));
    else setPinFor(profile.name);
  };
  const unlockWithPin = (event: Event) => {
    event.preventDefault();
    if (pinFor === undefined) return;
    void action.run(async () => {
      await kiosk.unlockWorker(pinFor, pin);
      setPin('');
      setPinFor(undefined);
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
              onClick={() => choose(profile)}
            >
              {profile.name}
            </button>
          </li>
        ))}
      </ul>
      {pinFor !== undefined ? (
        <form onSubmit={unlockWithPin}>
          <label>
            {t('unlock.pin')} ({pinFor})
            <input
              type="password"
              inputMode="numeric"
              data-testid="unlock-pin"
              value={pin}
              onInput={(e) => setPin(e.currentTarget.value)}
            />
          </label>
          <button type="submit" data-testid="unlock-submit" disabled={action.busy || pin === ''}>
            {t('unlock.submit')}
          </button>
        </form>
      ) : (
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
          {allow.pinSlots && (
            <label>
              {t('kiosk.pinInstead')}
              <input
                type="password"
                inputMode="numeric"
                autocomplete="new-password"
                data-testid="profile-pin"
                value={pin}
                onInput={(e) => setPin(e.currentTarget.value)}
              />
            </label>
          )}
          <button type="submit" data-testid="profile-add" disabled={action.busy}>
            {t('kiosk.add')}
          </button>
        </form>
      )}
      <ErrorAlert error={action.error} />
    </section>
  );
}

import { useState } from 'preact/hooks';
import type { VaultSummary } from '../../vault/index.ts';
import { ErrorAlert } from '../ErrorAlert.tsx';
import { t } from '../i18n-state.ts';
import { useAction } from '../use-action.ts';
import type { KioskPort } from './kiosk-port.ts';

/** What the administrator's policy lets workers do beyond security keys and fills. */
export interface KioskAllowances {
  pinSlots: boolean;
  export: boolean;
}

/**
 * The lock screen: one button per worker, and a form to add one. Where the
 * policy allows PINs, a worker may choose one instead of a security key.
 */
export function WorkerList({
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
  const choose = (vault: VaultSummary) => {
    if (vault.slotKinds.includes('passkey')) void action.run(() => kiosk.unlockWorker(vault.name));
    else setPinFor(vault.name);
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
        {kiosk.vaults.value.map((vault) => (
          <li key={vault.id}>
            <button
              type="button"
              class="primary"
              data-testid="profile"
              data-name={vault.name}
              disabled={action.busy}
              onClick={() => choose(vault)}
            >
              {vault.name}
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

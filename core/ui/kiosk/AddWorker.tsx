import { useState } from 'preact/hooks';
import { ErrorAlert } from '../ErrorAlert.tsx';
import { t } from '../i18n-state.ts';
import { useAction } from '../use-action.ts';
import type { KioskPort } from './kiosk-port.ts';

/**
 * Adding a worker, apart from finding one: a name (or werkboeknummer) and
 * the worker's own security key — or a PIN, where the policy allows PINs.
 */
export function AddWorker({
  kiosk,
  pinSlots,
  warnEphemeral,
  onAdded,
}: {
  kiosk: KioskPort;
  pinSlots: boolean;
  /** Say, before enrolling, that this PC may wipe the browser's data at logoff. */
  warnEphemeral: boolean;
  onAdded: (recoveryCode: string) => void;
}) {
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const action = useAction();
  const add = (event: Event) => {
    event.preventDefault();
    if (name.trim() === '') return;
    void action.run(async () => {
      onAdded(await kiosk.addWorker(name, pinSlots && pin !== '' ? pin : undefined));
      setName('');
      setPin('');
    });
  };
  return (
    <section class="panel" aria-labelledby="kiosk-new">
      <h2 id="kiosk-new">{t('kiosk.newWorker')}</h2>
      {/* Before the form: the reason shows before the button it disables. */}
      <ErrorAlert error={kiosk.policyProblem} />
      {warnEphemeral && (
        <p class="warning" data-testid="ephemeral-warning">
          {t('kiosk.ephemeral')}
        </p>
      )}
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
        {pinSlots && (
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
        <button
          type="submit"
          data-testid="profile-add"
          disabled={action.busy || kiosk.policyProblem !== undefined}
        >
          {t('kiosk.add')}
        </button>
      </form>
      <ErrorAlert error={action.error} />
    </section>
  );
}

import { useState } from 'preact/hooks';
import { ErrorAlert } from './ErrorAlert.tsx';
import { t } from './i18n-state.ts';
import { useAction } from './use-action.ts';
import type { VaultPort } from '../app/vault-port.ts';

/** First run: protect the new vault with a passkey or a PIN. */
export function SetupView({
  port,
  onCreated,
}: {
  port: VaultPort;
  onCreated: (recoveryCode: string) => void;
}) {
  const [pin, setPin] = useState('');
  const [confirm, setConfirm] = useState('');
  const [submittedMismatch, setSubmittedMismatch] = useState(false);
  const action = useAction();

  const submitPin = (event: Event) => {
    event.preventDefault();
    setSubmittedMismatch(pin !== confirm);
    if (pin !== confirm) return;
    void action.run(async () => onCreated(await port.setupWithPin(pin)));
  };
  const mismatch = pin !== confirm && confirm.length >= pin.length;

  return (
    <section class="panel" aria-labelledby="setup-title">
      <h1 id="setup-title">{t('setup.title')}</h1>
      <p>{t('setup.intro')}</p>
      {port.passkeySupported && (
        <>
          <button
            type="button"
            class="primary"
            data-testid="setup-passkey"
            disabled={action.busy}
            onClick={() => void action.run(async () => onCreated(await port.setupWithPasskey()))}
          >
            {t('setup.passkey')}
          </button>
          <p class="hint">{t('setup.passkeyHint')}</p>
          <p class="or">{t('setup.or')}</p>
        </>
      )}
      <form onSubmit={submitPin}>
        <label>
          {t('setup.pin')}
          <input
            type="password"
            inputMode="numeric"
            autocomplete="new-password"
            data-testid="setup-pin"
            value={pin}
            onInput={(e) => setPin(e.currentTarget.value)}
          />
        </label>
        <label>
          {t('setup.pinConfirm')}
          <input
            type="password"
            inputMode="numeric"
            autocomplete="new-password"
            data-testid="setup-pin-confirm"
            value={confirm}
            aria-invalid={mismatch}
            onInput={(e) => setConfirm(e.currentTarget.value)}
          />
        </label>
        <button type="submit" data-testid="setup-submit" disabled={action.busy || pin.length === 0}>
          {t('setup.submit')}
        </button>
      </form>
      {submittedMismatch ? (
        <p class="alert" role="alert">
          {t('setup.pinMismatch')}
        </p>
      ) : (
        <ErrorAlert error={action.error} />
      )}
    </section>
  );
}

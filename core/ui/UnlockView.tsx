import { useState } from 'preact/hooks';
import { ErrorAlert } from './ErrorAlert.tsx';
import { t } from './i18n-state.ts';
import { useAction } from './use-action.ts';
import type { VaultPort } from './vault-port.ts';

/** Unlock with the passkey (offered first: it resists offline guessing) or the PIN, or the recovery code. */
export function UnlockView({ port }: { port: VaultPort }) {
  const [secret, setSecret] = useState('');
  const [useRecovery, setUseRecovery] = useState(false);
  const action = useAction();

  const submit = (event: Event) => {
    event.preventDefault();
    void action.run(async () => {
      await (useRecovery ? port.unlockWithRecoveryCode(secret) : port.unlockWithPin(secret));
      setSecret('');
    });
  };

  return (
    <section class="panel" aria-labelledby="unlock-title">
      <h1 id="unlock-title">{t('unlock.title')}</h1>
      {port.passkeySupported && (
        <button
          type="button"
          class="primary"
          data-testid="unlock-passkey"
          disabled={action.busy}
          onClick={() => void action.run(() => port.unlockWithPasskey())}
        >
          {t('unlock.passkey')}
        </button>
      )}
      <form onSubmit={submit}>
        <label>
          {useRecovery ? t('recovery.input') : t('unlock.pin')}
          <input
            type="password"
            inputMode={useRecovery ? ('text' as const) : ('numeric' as const)}
            autocomplete={useRecovery ? ('off' as const) : ('current-password' as const)}
            data-testid="unlock-pin"
            value={secret}
            autoFocus
            onInput={(e) => setSecret(e.currentTarget.value)}
          />
        </label>
        <button
          type="submit"
          data-testid="unlock-submit"
          disabled={action.busy || secret.length === 0}
        >
          {t('unlock.submit')}
        </button>
      </form>
      <ErrorAlert error={action.error} />
      <button type="button" class="link" onClick={() => setUseRecovery(!useRecovery)}>
        {useRecovery ? t('unlock.pin') : t('recovery.use')}
      </button>
    </section>
  );
}

import { useState } from 'preact/hooks';
import { ErrorAlert } from './ErrorAlert.tsx';
import { t } from './i18n-state.ts';
import { useAction } from './use-action.ts';
import type { VaultPort } from '../app/vault-port.ts';

/**
 * Unlock with what this vault has: the passkey (offered first: it resists
 * offline guessing), the PIN, or the recovery code. A way the vault was
 * never given is not offered.
 */
export function UnlockView({ port }: { port: VaultPort }) {
  const methods = port.unlockMethods.value;
  const hasPin = methods.includes('pin');
  const hasPasskey = methods.includes('passkey') && port.passkeySupported;
  const [secret, setSecret] = useState('');
  const [useRecovery, setUseRecovery] = useState(false);
  const action = useAction();
  const showForm = hasPin || useRecovery;
  const recovery = useRecovery || !hasPin;

  const submit = (event: Event) => {
    event.preventDefault();
    void action.run(async () => {
      await (recovery ? port.unlockWithRecoveryCode(secret) : port.unlockWithPin(secret));
      setSecret('');
    });
  };

  return (
    <section class="panel" aria-labelledby="unlock-title">
      <h1 id="unlock-title">{t('unlock.title')}</h1>
      {hasPasskey && (
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
      {showForm && (
        <form onSubmit={submit}>
          <label>
            {recovery ? t('recovery.input') : t('unlock.pin')}
            <input
              type="password"
              inputMode={recovery ? ('text' as const) : ('numeric' as const)}
              autocomplete={recovery ? ('off' as const) : ('current-password' as const)}
              data-testid="unlock-pin"
              value={secret}
              autoFocus
              onInput={(e) => setSecret(e.currentTarget.value)}
            />
          </label>
          <button
            type="submit"
            class={hasPasskey ? undefined : 'primary'}
            data-testid="unlock-submit"
            disabled={action.busy || secret.length === 0}
          >
            {t('unlock.submit')}
          </button>
        </form>
      )}
      <ErrorAlert error={action.error} />
      {methods.includes('recovery') && (
        <button
          type="button"
          class="link"
          onClick={() => {
            setUseRecovery(!useRecovery);
            setSecret('');
            action.clear();
          }}
        >
          {useRecovery && hasPin ? t('unlock.pin') : t('recovery.use')}
        </button>
      )}
    </section>
  );
}

import { useState } from 'preact/hooks';
import { t } from './i18n-state.ts';
import type { UserProof, VaultPort } from '../app/vault-port.ts';

/**
 * Asks an unlocked user to prove it is them before an action an onlooker
 * must not take: the current PIN, or their passkey when the vault has no
 * PIN. The port checks the proof like an unlock; the caller shows its error.
 */
export function ProveUser(props: {
  port: VaultPort;
  busy: boolean;
  onProof: (proof: UserProof) => void;
}) {
  const [pin, setPin] = useState('');
  const hasPin = props.port.unlockMethods.value.includes('pin');
  return (
    <form
      class="reauth"
      onSubmit={(e) => {
        e.preventDefault();
        props.onProof({ pin });
        setPin('');
      }}
    >
      <p class="hint">{t('reauth.intro')}</p>
      {hasPin ? (
        <>
          <label>
            {t('reauth.pin')}
            <input
              type="password"
              inputMode="numeric"
              autocomplete="current-password"
              data-testid="reauth-pin"
              value={pin}
              onInput={(e) => setPin(e.currentTarget.value)}
            />
          </label>
          <button type="submit" data-testid="reauth-submit" disabled={props.busy || pin === ''}>
            {t('reauth.submit')}
          </button>
        </>
      ) : (
        <button
          type="button"
          data-testid="reauth-passkey"
          disabled={props.busy}
          onClick={() => props.onProof({ passkey: true })}
        >
          {t('reauth.passkey')}
        </button>
      )}
    </form>
  );
}

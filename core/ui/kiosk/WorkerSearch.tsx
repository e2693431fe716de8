import { useMemo, useState } from 'preact/hooks';
import { indexWorkers } from '../../kiosk/worker-search.ts';
import type { VaultSummary } from '../../vault/index.ts';
import { ErrorAlert } from '../ErrorAlert.tsx';
import { language, t } from '../i18n-state.ts';
import { useAction } from '../use-action.ts';
import { SealedExport } from './ItRecovery.tsx';
import type { KioskPort } from './kiosk-port.ts';

/**
 * Finding yourself among hundreds of workers: type your whole name or
 * werkboeknummer (or, where the policy lists workers, any part of a name),
 * then present your security key — or type your PIN where PINs are allowed.
 */
export function WorkerSearch({ kiosk, listAll }: { kiosk: KioskPort; listAll: boolean }) {
  const vaults = kiosk.vaults.value;
  const index = useMemo(() => indexWorkers(vaults, { listAll }), [vaults, listAll]);
  const [query, setQuery] = useState('');
  const [pin, setPin] = useState('');
  const [pinFor, setPinFor] = useState<string | undefined>(undefined);
  const action = useAction();
  const found = index.find(query);
  const choose = (profile: VaultSummary) => {
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
      <label>
        {t('kiosk.search')}
        <input
          type="search"
          data-testid="worker-search"
          autocomplete="off"
          value={query}
          onInput={(e) => {
            setQuery(e.currentTarget.value);
            setPinFor(undefined);
          }}
        />
      </label>
      <p aria-live="polite">
        {query.trim() !== '' && found.length === 0
          ? t('kiosk.noMatch')
          : !listAll && found.length === 0 && t('kiosk.searchHint')}
      </p>
      <ul class="workers">
        {found.map((profile) => (
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
            <ForgetDate at={kiosk.forgetDateOf(profile)} />
            {kiosk.adminRecovery && <SealedExport kiosk={kiosk} profile={profile} />}
          </li>
        ))}
      </ul>
      {pinFor !== undefined && (
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
      )}
      <ErrorAlert error={action.error} />
    </section>
  );
}

/** 'Wordt vergeten op 1 maart 2027' under a worker's name, where the policy forgets unused vaults. */
function ForgetDate({ at }: { at: number | undefined }) {
  if (at === undefined) return null;
  const date = new Intl.DateTimeFormat(language.value, { dateStyle: 'long' }).format(at);
  return (
    <small class="hint" data-testid="profile-forget-date">
      {t('kiosk.forgetsOn', { date })}
    </small>
  );
}

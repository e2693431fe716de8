import { useEffect, useState } from 'preact/hooks';
import { requestPersistence, type PersistenceState } from '../vault/database.ts';
import { ErrorAlert } from './ErrorAlert.tsx';
import { t } from './i18n-state.ts';
import { useAction } from './use-action.ts';

const wording = {
  persisted: 'storage.persisted',
  denied: 'storage.denied',
  unsupported: 'storage.unsupported',
} as const;

/**
 * Whether the browser promised to keep the vault (`navigator.storage.persist()`):
 * said plainly, and a warning with what to do when it may evict the data
 * under storage pressure.
 */
export function StorageStatus() {
  const [state, setState] = useState<PersistenceState | undefined>(undefined);
  const action = useAction();
  useEffect(
    () => void action.run(async () => setState(await requestPersistence(navigator.storage))),
    [],
  );
  return (
    <section class="panel" aria-labelledby="storage-title">
      <h2 id="storage-title">{t('storage.title')}</h2>
      {state !== undefined && (
        <p
          class={state === 'persisted' ? 'hint' : 'warning'}
          data-testid="storage-status"
          data-state={state}
        >
          {t(wording[state])}
        </p>
      )}
      <ErrorAlert error={action.error} />
    </section>
  );
}

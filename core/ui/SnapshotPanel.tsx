import { useEffect, useState } from 'preact/hooks';
import type { SnapshotSummary } from '../vault/index.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { ErrorAlert } from './ErrorAlert.tsx';
import { language, t } from './i18n-state.ts';
import { useAction } from './use-action.ts';
import type { VaultPort } from '../app/vault-port.ts';

/**
 * "Herstel een eerdere stand": the vault as it was before each of its last
 * changes, kept sealed in its own database. Going back asks first, and is
 * itself kept, so it can be undone from the same list.
 */
export function SnapshotPanel({ port }: { port: VaultPort }) {
  const [snapshots, setSnapshots] = useState<SnapshotSummary[]>([]);
  const [asking, setAsking] = useState<SnapshotSummary | undefined>(undefined);
  const [done, setDone] = useState('');
  const action = useAction();
  const reload = async () => setSnapshots(await port.listSnapshots());
  // The list follows every change to the accounts, wherever it was made.
  useEffect(() => void action.run(reload), [port, port.accounts.value, port.deleted.value]);
  const when = (at: number) =>
    new Intl.DateTimeFormat(language.value, { dateStyle: 'medium', timeStyle: 'short' }).format(at);

  return (
    <section class="panel" aria-labelledby="snapshots-title">
      <h2 id="snapshots-title">{t('snapshots.title')}</h2>
      <p class="hint">{t('snapshots.intro', { count: snapshots.length })}</p>
      <ul class="snapshots">
        {snapshots.map((snapshot) => (
          <li key={snapshot.id} data-testid="snapshot" data-accounts={snapshot.accounts}>
            <span>
              {when(snapshot.takenAt)} · {t('snapshots.accounts', { count: snapshot.accounts })}
            </span>{' '}
            <button
              type="button"
              data-testid="snapshot-restore"
              disabled={action.busy}
              onClick={() => setAsking(snapshot)}
            >
              {t('snapshots.restore')}
            </button>
          </li>
        ))}
      </ul>
      {done && <p role="status">{done}</p>}
      <ErrorAlert error={action.error} />
      {asking && (
        <ConfirmDialog
          message={t('snapshots.ask', { when: when(asking.takenAt), count: asking.accounts })}
          yes={t('snapshots.restore')}
          onAnswer={(yes) => {
            setAsking(undefined);
            if (!yes) return;
            void action.run(async () => {
              setDone('');
              await port.restoreSnapshot(asking.id);
              setDone(t('snapshots.restored', { when: when(asking.takenAt) }));
            });
          }}
        />
      )}
    </section>
  );
}

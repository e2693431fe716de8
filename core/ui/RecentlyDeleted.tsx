import { KEEP_DELETED_DAYS } from '../vault/retention.ts';
import { ErrorAlert } from './ErrorAlert.tsx';
import { displayName } from './account-name.ts';
import { t } from './i18n-state.ts';
import { useAction } from './use-action.ts';
import type { VaultPort } from '../app/vault-port.ts';

/**
 * What was deleted and is still kept (KEEP_DELETED_DAYS): also what a site's page
 * removed after the user's yes in Havencode's window, restorable here in
 * any context, long after the undo toast is gone.
 */
export function RecentlyDeleted({ port }: { port: VaultPort }) {
  const action = useAction();
  const views = port.deleted.value;
  if (views.length === 0) return null;
  return (
    <details class="recently-deleted" data-testid="recently-deleted">
      <summary>
        {t('accounts.recentlyDeleted')} ({views.length})
      </summary>
      <p class="hint">{t('accounts.deletedKept', { days: KEEP_DELETED_DAYS })}</p>
      <ul>
        {views.map((view) => (
          <li
            key={view.id}
            data-testid="deleted-account"
            data-issuer={view.account.issuer ?? ''}
            data-account={view.account.account}
          >
            {displayName(view)}{' '}
            <button
              type="button"
              data-testid="account-restore"
              onClick={() => void action.run(() => port.restoreAccount(view.id))}
            >
              {t('accounts.restore')}
            </button>
          </li>
        ))}
      </ul>
      <ErrorAlert error={action.error} />
    </details>
  );
}

import { useState } from 'preact/hooks';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { ErrorAlert } from './ErrorAlert.tsx';
import { AccountItem } from './AccountItem.tsx';
import { displayName } from './account-name.ts';
import { RecentlyDeleted } from './RecentlyDeleted.tsx';
import { t } from './i18n-state.ts';
import { useAction } from './use-action.ts';
import type { AccountView, ShellActions, VaultPort } from './vault-port.ts';

/** A search box appears from this many accounts on. */
const SEARCH_FROM = 6;
/** How long the undo offer stays after a delete. */
const UNDO_MS = 10_000;

/** The unlocked vault's accounts, with search, delete-with-undo and rename. */
export function AccountList({ port, shell }: { port: VaultPort; shell: ShellActions }) {
  const [query, setQuery] = useState('');
  const [pendingDelete, setPendingDelete] = useState<AccountView | undefined>(undefined);
  const [undo, setUndo] = useState<AccountView | undefined>(undefined);
  const action = useAction();
  const accounts = port.accounts.value;
  const shown = accounts.filter((view) => matches(view, query));

  const answerDelete = (yes: boolean) => {
    const view = pendingDelete;
    setPendingDelete(undefined);
    if (!yes || !view) return;
    void action.run(async () => {
      await port.deleteAccount(view.id);
      setUndo(view);
      setTimeout(() => setUndo((current) => (current === view ? undefined : current)), UNDO_MS);
    });
  };

  return (
    <section aria-labelledby="accounts-title">
      <h1 id="accounts-title" class="visually-hidden">
        {t('accounts.title')}
      </h1>
      {accounts.length >= SEARCH_FROM && (
        <input
          type="search"
          class="search"
          data-testid="search"
          aria-label={t('accounts.search')}
          placeholder={t('accounts.search')}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      )}
      {accounts.length === 0 && <p class="empty">{t('accounts.empty')}</p>}
      <ul class="accounts">
        {shown.map((view, index) => (
          <AccountItem
            key={view.id}
            view={view}
            offsetMs={port.clockOffsetMs.value}
            onCopy={shell.copy}
            onDelete={() => setPendingDelete(view)}
            onRename={(label) => void action.run(() => port.renameAccount(view.id, label))}
            onAdvance={() => void action.run(() => port.advanceCounter(view.id))}
            onMove={(offset) => void action.run(() => port.moveAccount(view.id, offset))}
            first={index === 0 || query !== ''}
            last={index === shown.length - 1 || query !== ''}
          />
        ))}
      </ul>
      <ErrorAlert error={action.error} />
      {undo && (
        <div class="toast" role="status">
          {t('accounts.deleted', { name: displayName(undo) })}
          <button
            type="button"
            data-testid="account-undo"
            onClick={() => {
              setUndo(undefined);
              void action.run(() => port.restoreAccount(undo.id));
            }}
          >
            {t('accounts.undo')}
          </button>
        </div>
      )}
      <RecentlyDeleted port={port} />
      {pendingDelete && (
        <ConfirmDialog
          message={t('accounts.deleteConfirm', { name: displayName(pendingDelete) })}
          onAnswer={answerDelete}
        />
      )}
    </section>
  );
}

function matches(view: AccountView, query: string): boolean {
  const needle = query.trim().toLowerCase();
  if (!needle) return true;
  return [view.label, view.account.issuer, view.account.account].some((text) =>
    text?.toLowerCase().includes(needle),
  );
}

import { useEffect, useState } from 'preact/hooks';
import { matchAccountsForOrigin } from '../sites/index.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { ErrorAlert } from './ErrorAlert.tsx';
import { AccountItem } from './AccountItem.tsx';
import { displayName } from './account-name.ts';
import { RecentlyDeleted } from './RecentlyDeleted.tsx';
import { UseOnSite } from './UseOnSite.tsx';
import { formatWait, t } from './i18n-state.ts';
import { useAction } from './use-action.ts';
import type { AccountView, ShellActions, VaultPort } from '../app/vault-port.ts';

/** A search box appears from this many accounts on. */
const SEARCH_FROM = 6;
/** How long the undo offer stays after a delete. */
const UNDO_MS = 10_000;
/** How long 'Gekopieerd' stays. */
const COPIED_MS = 4_000;

/**
 * The unlocked vault's accounts, the current site's first (in the popup),
 * with search, tap-to-copy, delete-with-undo, rename and reorder.
 */
export function AccountList({
  port,
  shell,
  hideEmpty = false,
}: {
  port: VaultPort;
  shell: ShellActions;
  /** The first-run guide already says how to start. */
  hideEmpty?: boolean;
}) {
  const [query, setQuery] = useState('');
  const [pendingDelete, setPendingDelete] = useState<AccountView | undefined>(undefined);
  const [undo, setUndo] = useState<AccountView | undefined>(undefined);
  const [status, setStatus] = useState('');
  const origin = useCurrentOrigin(shell);
  const action = useAction();
  const accounts = port.accounts.value;
  const shown = accounts.filter((view) => matches(view, query));
  const here = origin === undefined || query !== '' ? [] : forOrigin(shown, origin);
  const rest = shown.filter((view) => !here.includes(view));

  // One line of news at a time: a new message or error replaces the old one.
  const say = (text: string) => {
    action.clear();
    setStatus(text);
    setTimeout(() => setStatus((current) => (current === text ? '' : current)), COPIED_MS);
  };
  const copy = (view: AccountView, code: string) =>
    void action.run(async () => {
      setStatus('');
      const seconds = await shell.copy(code);
      const name = displayName(view);
      say(
        seconds > 0
          ? t('accounts.copied', { name, wait: formatWait(seconds) })
          : t('accounts.copiedKept', { name }),
      );
    });
  const answerDelete = (yes: boolean) => {
    const view = pendingDelete;
    setPendingDelete(undefined);
    if (!yes || !view) return;
    void action.run(async () => {
      setStatus('');
      await port.deleteAccount(view.id);
      setUndo(view);
      setTimeout(() => setUndo((current) => (current === view ? undefined : current)), UNDO_MS);
    });
  };
  const item = (view: AccountView, index: number, list: AccountView[]) => (
    <AccountItem
      key={view.id}
      view={view}
      offsetMs={port.clockOffsetMs.value}
      onCopy={(code) => copy(view, code)}
      onDelete={() => setPendingDelete(view)}
      onRename={(label) => void action.run(() => port.renameAccount(view.id, label))}
      onAdvance={() => void action.run(() => port.advanceCounter(view.id))}
      onMove={(offset) => void action.run(() => port.moveAccount(view.id, offset))}
      first={index === 0 || query !== '' || here.length > 0}
      last={index === list.length - 1 || query !== '' || here.length > 0}
    />
  );

  return (
    <section aria-labelledby="accounts-title" class="list">
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
      {accounts.length === 0 && !hideEmpty && <p class="empty">{t('accounts.empty')}</p>}
      {accounts.length > 0 && shown.length === 0 && (
        <p class="empty">{t('accounts.noMatch', { query: query.trim() })}</p>
      )}
      <UseOnSite port={port} shell={shell} origin={origin} />
      {here.length > 0 && (
        <>
          <h2 class="group-title">{t('accounts.currentSite')}</h2>
          <ul class="accounts">{here.map(item)}</ul>
          {rest.length > 0 && <h2 class="group-title">{t('accounts.others')}</h2>}
        </>
      )}
      <ul class="accounts">{rest.map(item)}</ul>
      <ErrorAlert error={action.error} />
      {(status || undo) && (
        <div class="toast" role="status">
          {undo ? t('accounts.deleted', { name: displayName(undo) }) : status}
          {undo && (
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
          )}
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

/** The page the user is on, when the shell can tell (the extension popup). */
function useCurrentOrigin(shell: ShellActions): string | undefined {
  const [origin, setOrigin] = useState<string | undefined>(undefined);
  useEffect(() => {
    void shell.currentOrigin?.().then(setOrigin, () => setOrigin(undefined));
  }, [shell]);
  return origin;
}

function forOrigin(views: AccountView[], origin: string): AccountView[] {
  return matchAccountsForOrigin(views, origin, (view) => ({
    issuer: view.account.issuer,
    links: view.links ?? [],
  }));
}

function matches(view: AccountView, query: string): boolean {
  const needle = query.trim().toLowerCase();
  if (!needle) return true;
  return [view.label, view.account.issuer, view.account.account].some((text) =>
    text?.toLowerCase().includes(needle),
  );
}

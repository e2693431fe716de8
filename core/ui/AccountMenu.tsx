import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from './i18n-state.ts';

/**
 * The rarer actions on one account behind a ⋮ button, so a row carries one
 * button instead of five and 'Verwijderen' never sits under the code. It
 * closes on Escape, on a click elsewhere, and after each action.
 */
export function AccountMenu(props: {
  name: string;
  hotp: boolean;
  first: boolean;
  last: boolean;
  onRename: () => void;
  onAdvance: () => void;
  onMove: (offset: -1 | 1) => void;
  onDelete: () => void;
}) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return undefined;
    const away = (event: Event) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);
  const item = (testId: string, label: string, run: () => void, extra: object = {}) => (
    <button
      type="button"
      data-testid={testId}
      onClick={() => {
        setOpen(false);
        run();
      }}
      {...extra}
    >
      {label}
    </button>
  );

  return (
    <div
      class="menu"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape') setOpen(false);
      }}
    >
      <button
        type="button"
        class="menu-button"
        data-testid="account-menu"
        aria-expanded={open}
        aria-label={t('accounts.menu', { name: props.name })}
        title={t('accounts.menu', { name: props.name })}
        onClick={() => setOpen(!open)}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true">
          <circle cx="12" cy="5" r="2" />
          <circle cx="12" cy="12" r="2" />
          <circle cx="12" cy="19" r="2" />
        </svg>
      </button>
      {open && (
        <div class="menu-list" role="group" aria-label={t('accounts.menu', { name: props.name })}>
          {props.hotp && item('account-next', t('accounts.nextHotp'), props.onAdvance)}
          {item('account-rename', t('accounts.rename'), props.onRename)}
          {item('account-move-up', t('accounts.moveUp'), () => props.onMove(-1), {
            disabled: props.first,
          })}
          {item('account-move-down', t('accounts.moveDown'), () => props.onMove(1), {
            disabled: props.last,
          })}
          {item('account-delete', t('accounts.delete'), props.onDelete, { class: 'danger' })}
        </div>
      )}
    </div>
  );
}

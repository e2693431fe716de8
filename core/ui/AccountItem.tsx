import { useState } from 'preact/hooks';
import { describeCode } from '../otp/index.ts';
import { groupDigits } from './format-code.ts';
import { t } from './i18n-state.ts';
import { now } from './now.ts';
import type { AccountView } from './vault-port.ts';

/** When the next code is shown beside the current one. */
const SHOW_NEXT_SECONDS = 5;

interface Props {
  view: AccountView;
  offsetMs: number;
  onCopy: (code: string) => Promise<void>;
  onDelete: () => void;
  onRename: (label: string) => void;
  onAdvance: () => void;
  /** Moves the account up (-1) or down (+1) in the list. */
  onMove: (offset: -1 | 1) => void;
  /** Whether moving up or down is off: at an end of the list, or while a search filters it. */
  first: boolean;
  last: boolean;
}

/** One account: issuer, name, the big grouped code, countdown, copy, rename, delete and reorder. */
export function AccountItem(props: Props) {
  const { view, offsetMs, onCopy, onDelete, onRename, onAdvance, onMove } = props;
  const { account } = view;
  const [copied, setCopied] = useState(false);
  const [renaming, setRenaming] = useState(false);
  const state = describeCode(account, { now: now.value, offsetMs });
  const title = view.label ?? account.issuer ?? account.account;
  const period = account.type === 'totp' ? account.period : 0;

  const copy = async () => {
    await onCopy(state.code);
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };

  return (
    <li
      class="account"
      data-testid="account"
      data-issuer={account.issuer ?? ''}
      data-account={account.account}
    >
      <div class="account-head">
        {renaming ? (
          <input
            class="rename"
            data-testid="account-label"
            aria-label={t('accounts.rename')}
            defaultValue={title}
            autoFocus
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                onRename(e.currentTarget.value.trim());
                setRenaming(false);
              } else if (e.key === 'Escape') setRenaming(false);
            }}
            onBlur={() => setRenaming(false)}
          />
        ) : (
          <h2 class="issuer">{title}</h2>
        )}
        <p class="account-name">{account.account}</p>
      </div>
      <div class="code-row">
        <output
          class="code"
          data-testid="account-code"
          aria-label={state.code.split('').join(' ')}
          aria-live="off"
        >
          {groupDigits(state.code)}
        </output>
        {state.secondsLeft !== undefined && <Countdown left={state.secondsLeft} period={period} />}
      </div>
      {state.secondsLeft !== undefined && state.secondsLeft <= SHOW_NEXT_SECONDS && (
        <p class="next">
          {t('accounts.next')}: <span class="next-code">{groupDigits(state.next)}</span>
        </p>
      )}
      <div class="row actions">
        <button
          type="button"
          class="primary"
          data-testid="account-copy"
          onClick={() => void copy()}
        >
          {copied ? t('accounts.copied') : t('accounts.copy')}
        </button>
        {account.type === 'hotp' && (
          <button type="button" onClick={onAdvance}>
            {t('accounts.nextHotp')}
          </button>
        )}
        <button type="button" data-testid="account-rename" onClick={() => setRenaming(true)}>
          {t('accounts.rename')}
        </button>
        <button type="button" class="danger" data-testid="account-delete" onClick={onDelete}>
          {t('accounts.delete')}
        </button>
        <span class="move">
          <button
            type="button"
            data-testid="account-move-up"
            aria-label={t('accounts.moveUp')}
            title={t('accounts.moveUp')}
            disabled={props.first}
            onClick={() => onMove(-1)}
          >
            ↑
          </button>
          <button
            type="button"
            data-testid="account-move-down"
            aria-label={t('accounts.moveDown')}
            title={t('accounts.moveDown')}
            disabled={props.last}
            onClick={() => onMove(1)}
          >
            ↓
          </button>
        </span>
      </div>
    </li>
  );
}

/** A ring that empties as the period runs out, with the seconds for screen readers. */
function Countdown({ left, period }: { left: number; period: number }) {
  const fraction = left / period;
  const circumference = 2 * Math.PI * 16;
  return (
    <span class={`countdown${left <= SHOW_NEXT_SECONDS ? ' ending' : ''}`} role="timer">
      <svg viewBox="0 0 40 40" aria-hidden="true" width="40" height="40">
        <circle cx="20" cy="20" r="16" class="ring-back" />
        <circle
          cx="20"
          cy="20"
          r="16"
          class="ring"
          stroke-dasharray={circumference}
          stroke-dashoffset={circumference * (1 - fraction)}
        />
      </svg>
      <span class="seconds">{t('accounts.secondsLeft', { seconds: left })}</span>
    </span>
  );
}

import { useState } from 'preact/hooks';
import { describeCode } from '../otp/index.ts';
import { AccountMenu } from './AccountMenu.tsx';
import { groupDigits } from './format-code.ts';
import { t } from './i18n-state.ts';
import { IssuerMark } from './IssuerMark.tsx';
import { now } from './now.ts';
import type { AccountView } from '../app/vault-port.ts';

/** When the next code is shown beside the current one. */
const SHOW_NEXT_SECONDS = 5;

interface Props {
  view: AccountView;
  offsetMs: number;
  /** Copies the code; the list says what happened (and names the account). */
  onCopy: (code: string) => void;
  onDelete: () => void;
  onRename: (label: string) => void;
  onAdvance: () => void;
  /** Moves the account up (-1) or down (+1) in the list. */
  onMove: (offset: -1 | 1) => void;
  /** Whether moving up or down is off: at an end of the list, or while a search filters it. */
  first: boolean;
  last: boolean;
}

/**
 * One account as a compact row, the way the well-known authenticators show
 * it: mark, issuer and account, the big grouped code (tap to copy), the
 * countdown ring, and a menu for the rarer actions (rename, move, delete).
 */
export function AccountItem(props: Props) {
  const { view, offsetMs, onCopy } = props;
  const { account } = view;
  const [renaming, setRenaming] = useState(false);
  const state = describeCode(account, { now: now.value, offsetMs });
  const title = view.label ?? account.issuer ?? account.account;
  const period = account.type === 'totp' ? account.period : 0;
  const ending = state.secondsLeft !== undefined && state.secondsLeft <= SHOW_NEXT_SECONDS;

  return (
    <li
      class="account"
      data-testid="account"
      data-issuer={account.issuer ?? ''}
      data-account={account.account}
    >
      <IssuerMark name={account.issuer ?? title} />
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
                props.onRename(e.currentTarget.value.trim());
                setRenaming(false);
              } else if (e.key === 'Escape') setRenaming(false);
            }}
            onBlur={() => setRenaming(false)}
          />
        ) : (
          <h2 class="issuer">{title}</h2>
        )}
        {title !== account.account && <p class="account-name">{account.account}</p>}
        {ending && (
          <p class="next">
            <span class="visually-hidden">{t('accounts.next')}: </span>
            <span aria-hidden="true">→ </span>
            <span class="next-code">{groupDigits(state.next)}</span>
          </p>
        )}
      </div>
      <button
        type="button"
        class="code-button"
        data-testid="account-copy"
        onClick={() => onCopy(state.code)}
      >
        <span class="visually-hidden">{t('accounts.copyLabel', { name: title })}: </span>
        <output class={`code${ending ? ' ending' : ''}`} data-testid="account-code" aria-live="off">
          {groupDigits(state.code)}
        </output>
      </button>
      {state.secondsLeft !== undefined && <Countdown left={state.secondsLeft} period={period} />}
      <AccountMenu
        name={title}
        hotp={account.type === 'hotp'}
        first={props.first}
        last={props.last}
        onRename={() => setRenaming(true)}
        onAdvance={props.onAdvance}
        onMove={props.onMove}
        onDelete={props.onDelete}
      />
    </li>
  );
}

/** A ring that empties as the period runs out, with the seconds for screen readers. */
function Countdown({ left, period }: { left: number; period: number }) {
  const fraction = left / period;
  const circumference = 2 * Math.PI * 16;
  return (
    <span class={`countdown${left <= SHOW_NEXT_SECONDS ? ' ending' : ''}`} role="timer">
      <svg viewBox="0 0 40 40" aria-hidden="true">
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
      <span class="seconds" aria-label={t('accounts.secondsLeft', { seconds: left })}>
        {left}
      </span>
    </span>
  );
}

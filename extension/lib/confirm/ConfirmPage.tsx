import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../../core/ui/i18n-state.ts';
import type { ConfirmQuestion, NamedAccount } from '../protocol-types.ts';

/**
 * The question a site's page put to the user, naming every account it
 * concerns. 'No' has the focus: a stray Enter changes nothing.
 */
export function ConfirmPage({
  question,
  onAnswer,
}: {
  question: ConfirmQuestion | undefined;
  onAnswer: (yes: boolean, choice?: number) => void;
}) {
  const noButton = useRef<HTMLButtonElement>(null);
  useEffect(() => noButton.current?.focus(), []);
  if (!question) return <p class="panel">{t('confirm.gone')}</p>;
  if (question.kind === 'choose') return <ChoosePage question={question} onAnswer={onAnswer} />;
  return (
    <div
      class="panel"
      role="alertdialog"
      aria-labelledby="confirm-message"
      onKeyDown={(e) => e.key === 'Escape' && onAnswer(false)}
    >
      <ConfirmText question={question} />
      <div class="row">
        <button
          type="button"
          data-testid="confirm-no"
          ref={noButton}
          onClick={() => onAnswer(false)}
        >
          {t('common.no')}
        </button>
        <button
          type="button"
          class={question.kind === 'remove' ? 'danger' : 'primary'}
          data-testid="confirm-yes"
          onClick={() => onAnswer(true)}
        >
          {t('common.yes')}
        </button>
      </div>
    </div>
  );
}

/**
 * Several accounts belong to the page the user asked a code for: one button
 * per account (issuer and name only). Nothing has the focus, so a stray
 * Enter picks nothing; Escape or closing the window picks none.
 */
function ChoosePage({
  question,
  onAnswer,
}: {
  question: ConfirmQuestion & { kind: 'choose' };
  onAnswer: (yes: boolean, choice?: number) => void;
}) {
  return (
    <div
      class="panel"
      role="dialog"
      aria-labelledby="confirm-message"
      onKeyDown={(e) => e.key === 'Escape' && onAnswer(false)}
    >
      <p id="confirm-message">{t('confirm.chooseAsk', { site: question.site })}</p>
      {question.accounts.map((account, index) => (
        <button
          key={index}
          type="button"
          class="primary"
          data-testid="choose-account"
          onClick={() => onAnswer(true, index)}
        >
          {nameOf(account)}
        </button>
      ))}
      <button type="button" data-testid="confirm-no" onClick={() => onAnswer(false)}>
        {t('common.cancel')}
      </button>
    </div>
  );
}

function ConfirmText({ question }: { question: ConfirmQuestion & { kind: 'add' | 'remove' } }) {
  if (question.kind === 'remove') {
    return (
      <div id="confirm-message">
        <p>{t('confirm.removeAsk', { site: question.site, name: nameOf(question.account) })}</p>
        <p>{t('confirm.removeUndo')}</p>
      </div>
    );
  }
  const { site, foreign, doubled } = question;
  return (
    <div id="confirm-message">
      <p>{t('confirm.addAsk', { site })}</p>
      <ul>
        {question.accounts.map((account, index) => (
          <li key={index}>
            <strong>{nameOf(account)}</strong>
          </li>
        ))}
      </ul>
      {foreign.length > 0 && (
        <p role="alert">{t('confirm.foreign', { site, sites: foreign.join(', ') })}</p>
      )}
      {doubled.length > 0 && (
        <p role="alert">{t('confirm.doubled', { sites: doubled.join(', ') })}</p>
      )}
    </div>
  );
}

/** 'MyCepa (0471234)', or the bare account name when there is no issuer. */
function nameOf(account: NamedAccount): string {
  return account.issuer ? `${account.issuer} (${account.account})` : account.account;
}

import { useEffect, useRef } from 'preact/hooks';
import { t } from './i18n-state.ts';

/** A yes/no question that keeps focus until answered; Escape means no. */
export function ConfirmDialog({
  message,
  yes,
  onAnswer,
}: {
  message: string;
  /** The yes button's words when a plain 'Ja' would say too little ('Ja, verwijderen'). */
  yes?: string;
  onAnswer: (yes: boolean) => void;
}) {
  const noButton = useRef<HTMLButtonElement>(null);
  useEffect(() => noButton.current?.focus(), []);
  return (
    <div class="backdrop">
      <div
        class="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="confirm-message"
        onKeyDown={(e) => e.key === 'Escape' && onAnswer(false)}
      >
        <p id="confirm-message">{message}</p>
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
            class="danger"
            data-testid="confirm-yes"
            onClick={() => onAnswer(true)}
          >
            {yes ?? t('common.yes')}
          </button>
        </div>
      </div>
    </div>
  );
}

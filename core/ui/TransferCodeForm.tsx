import { useState } from 'preact/hooks';
import { t } from './i18n-state.ts';

/** Asks for the short code another Havencode shows beside the transfer's QR codes. */
export function TransferCodeForm({
  busy,
  onCode,
}: {
  busy: boolean;
  onCode: (code: string) => void;
}) {
  const [code, setCode] = useState('');
  return (
    <form
      class="transfer-code"
      onSubmit={(e) => {
        e.preventDefault();
        onCode(code);
      }}
    >
      <p role="status">{t('transfer.ask')}</p>
      <label>
        {t('transfer.code')}
        <input
          type="text"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          data-testid="transfer-code-input"
          value={code}
          onInput={(e) => setCode(e.currentTarget.value)}
        />
      </label>
      <button
        type="submit"
        class="primary"
        data-testid="transfer-open"
        disabled={busy || code === ''}
      >
        {t('transfer.open')}
      </button>
    </form>
  );
}

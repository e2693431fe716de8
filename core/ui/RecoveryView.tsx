import { useState } from 'preact/hooks';
import { downloadText } from './download.ts';
import { t } from './i18n-state.ts';

/**
 * The recovery code, shown once right after setup, grouped for writing down,
 * with what it can and cannot do: it opens this device's vault, it does not
 * bring codes back from a lost device (a backup does). `kiosk`: a vault
 * sealed by a security key on a shared PC, so no word of a PIN.
 */
export function RecoveryView({
  code,
  kiosk = false,
  onCopy,
  onDone,
}: {
  code: string;
  kiosk?: boolean;
  onCopy: (text: string) => Promise<unknown>;
  onDone: () => void;
}) {
  const [copied, setCopied] = useState(false);
  const date = new Date().toISOString().slice(0, 10);
  return (
    <section class="panel recovery-sheet" aria-labelledby="recovery-title">
      <h1 id="recovery-title">{t('recovery.title')}</h1>
      <p>{kiosk ? t('recovery.introKiosk') : t('recovery.intro')}</p>
      <p class="recovery-code" data-testid="recovery-code">
        {code}
      </p>
      <div class="row recovery-actions">
        <button
          type="button"
          onClick={() => void onCopy(code).then(() => setCopied(true))}
          data-testid="recovery-copy"
        >
          {t('recovery.copy')}
        </button>
        <button type="button" onClick={() => window.print()} data-testid="recovery-print">
          {t('recovery.print')}
        </button>
        <button
          type="button"
          data-testid="recovery-download"
          onClick={() =>
            downloadText(
              `havencode-recovery-${date}.txt`,
              t('recovery.file', { code, date }),
              'text/plain',
            )
          }
        >
          {t('recovery.download')}
        </button>
      </div>
      {copied && <p role="status">{t('recovery.copied')}</p>}
      <p class="warning">
        {kiosk ? t('recovery.deviceWarningKiosk') : t('recovery.deviceWarning')}
      </p>
      <button type="button" class="primary" data-testid="recovery-done" onClick={onDone}>
        {t('recovery.done')}
      </button>
    </section>
  );
}

import { t } from './i18n-state.ts';

/** The recovery code, shown once right after setup, grouped for writing down. */
export function RecoveryView({ code, onDone }: { code: string; onDone: () => void }) {
  return (
    <section class="panel" aria-labelledby="recovery-title">
      <h1 id="recovery-title">{t('recovery.title')}</h1>
      <p>{t('recovery.intro')}</p>
      <p class="recovery-code" data-testid="recovery-code">
        {code}
      </p>
      <button type="button" class="primary" data-testid="recovery-done" onClick={onDone}>
        {t('recovery.done')}
      </button>
    </section>
  );
}

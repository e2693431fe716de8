import { t } from './i18n-state.ts';

/**
 * Right after setup: three steps (add, copy, back up); once the first
 * account is in, the steps give way to the backup offer, because a lost
 * device without a backup loses every code.
 */
export function FirstRunGuide({
  hasAccounts,
  onBackup,
}: {
  hasAccounts: boolean;
  onBackup: (open: boolean) => void;
}) {
  if (hasAccounts) {
    return (
      <section class="panel nudge" aria-labelledby="nudge-title" data-testid="backup-nudge">
        <h2 id="nudge-title">{t('backup.nudgeOpen')}</h2>
        <p>{t('backup.nudge')}</p>
        <div class="row">
          <button type="button" class="primary" onClick={() => onBackup(true)}>
            {t('backup.nudgeOpen')}
          </button>
          <button type="button" onClick={() => onBackup(false)}>
            {t('backup.nudgeLater')}
          </button>
        </div>
      </section>
    );
  }
  return (
    <section class="panel guide" aria-labelledby="guide-title" data-testid="first-run-guide">
      <h2 id="guide-title">{t('guide.title')}</h2>
      <ol>
        <li>{t('guide.add')}</li>
        <li>{t('guide.copy')}</li>
        <li>{t('guide.backup')}</li>
      </ol>
    </section>
  );
}

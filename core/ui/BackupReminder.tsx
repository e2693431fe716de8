import { useState } from 'preact/hooks';
import { EncryptedBackupForm } from './EncryptedBackupForm.tsx';
import { ErrorAlert } from './ErrorAlert.tsx';
import { t } from './i18n-state.ts';
import { useAction } from './use-action.ts';
import type { VaultPort } from '../app/vault-port.ts';

/**
 * A gentle prompt once accounts were added with no backup file since: how
 * many would be lost with the device, and the encrypted backup right here
 * (a passphrase, one tap). 'Later' waits for the next account added.
 */
export function BackupReminder({ port }: { port: VaultPort }) {
  const action = useAction();
  const [saved, setSaved] = useState('');
  const due = port.backupDue.value;
  if (saved)
    return (
      <p class="news" role="status">
        {saved}
      </p>
    );
  if (due === 0) return null;
  return (
    <section class="panel nudge" aria-labelledby="reminder-title" data-testid="backup-reminder">
      <h2 id="reminder-title">{t('backup.reminderTitle')}</h2>
      <p>{t('backup.reminder', { count: due })}</p>
      <EncryptedBackupForm
        port={port}
        action={action}
        onSaved={(name) => setSaved(t('backup.saved', { name }))}
      />
      <button
        type="button"
        data-testid="backup-reminder-later"
        disabled={action.busy}
        onClick={() => void action.run(() => port.snoozeBackupReminder())}
      >
        {t('backup.nudgeLater')}
      </button>
      <ErrorAlert error={action.error} />
    </section>
  );
}

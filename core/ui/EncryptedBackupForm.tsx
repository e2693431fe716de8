import { useState } from 'preact/hooks';
import { downloadText } from './download.ts';
import { t } from './i18n-state.ts';
import type { Action } from './use-action.ts';
import type { VaultPort } from '../app/vault-port.ts';

/**
 * A passphrase and one button to an encrypted Havencode backup file, the
 * same in the backup panel and the backup reminder. `onSaved` hears the
 * file's name.
 */
export function EncryptedBackupForm({
  port,
  action,
  onSaved,
}: {
  port: VaultPort;
  action: Action;
  onSaved: (name: string) => void;
}) {
  const [passphrase, setPassphrase] = useState('');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void action.run(async () => {
          const name = `havencode-${new Date().toISOString().slice(0, 10)}.json`;
          downloadText(name, await port.exportBackup(passphrase), 'application/json');
          setPassphrase('');
          onSaved(name);
        });
      }}
    >
      <label>
        {t('backup.passphrase')}
        <input
          type="password"
          autocomplete="new-password"
          data-testid="backup-passphrase"
          value={passphrase}
          onInput={(e) => setPassphrase(e.currentTarget.value)}
        />
      </label>
      <button
        type="submit"
        class="primary"
        data-testid="backup-export"
        disabled={action.busy || passphrase === ''}
      >
        {t('backup.export')}
      </button>
    </form>
  );
}

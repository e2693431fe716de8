import { useState } from 'preact/hooks';
import { downloadText } from './download.ts';
import { EncryptedBackupForm } from './EncryptedBackupForm.tsx';
import { ErrorAlert } from './ErrorAlert.tsx';
import { t } from './i18n-state.ts';
import { ProvedButton } from './ProvedButton.tsx';
import { useAction } from './use-action.ts';
import type { VaultPort } from '../app/vault-port.ts';

/** Export an encrypted backup or a plain otpauth list, and import any supported backup file. */
export function BackupPanel({ port }: { port: VaultPort }) {
  const [file, setFile] = useState<File | undefined>(undefined);
  const [importPassphrase, setImportPassphrase] = useState('');
  const [result, setResult] = useState('');
  const action = useAction();
  const stamp = new Date().toISOString().slice(0, 10);

  const save = (name: string, text: string) => {
    downloadText(name, text, 'text/plain');
    setResult(t('backup.saved', { name }));
  };

  return (
    <section class="panel" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backup.title')}</h2>
      <EncryptedBackupForm
        port={port}
        action={action}
        onSaved={(name) => setResult(t('backup.saved', { name }))}
      />
      <p class="hint">{t('backup.plainWarning')}</p>
      <ProvedButton
        port={port}
        busy={action.busy}
        testId="backup-export-plain"
        label={t('backup.exportPlain')}
        onProof={(proof, close) =>
          void action.run(async () => {
            save(`havencode-${stamp}.txt`, await port.exportOtpauthLines(proof));
            close();
          })
        }
      />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!file) return;
          void action.run(async () => {
            // Bytes, not text: many apps export ZIP or binary files.
            const bytes = new Uint8Array(await file.arrayBuffer());
            const { added, duplicates, skipped } = await port.importBackup(
              bytes,
              importPassphrase || undefined,
            );
            setResult(t('backup.imported', { added, duplicates, skipped }));
            setImportPassphrase('');
          });
        }}
      >
        <label>
          {t('backup.importFile')}
          <input
            type="file"
            data-testid="backup-import-file"
            onChange={(e) => setFile(e.currentTarget.files?.[0])}
          />
        </label>
        <label>
          {t('backup.importPassphrase')}
          <input
            type="password"
            autocomplete="off"
            data-testid="backup-import-passphrase"
            value={importPassphrase}
            onInput={(e) => setImportPassphrase(e.currentTarget.value)}
          />
        </label>
        <button type="submit" data-testid="backup-import" disabled={action.busy || !file}>
          {t('backup.import')}
        </button>
      </form>
      {result && <p role="status">{result}</p>}
      <ErrorAlert error={action.error} />
    </section>
  );
}

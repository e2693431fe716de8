import { useState } from 'preact/hooks';
import { downloadText } from './download.ts';
import { ErrorAlert } from './ErrorAlert.tsx';
import { t } from './i18n-state.ts';
import { ProvedButton } from './ProvedButton.tsx';
import { useAction } from './use-action.ts';
import type { VaultPort } from '../app/vault-port.ts';

/** Export an encrypted backup or a plain otpauth list, and import any supported backup file. */
export function BackupPanel({ port }: { port: VaultPort }) {
  const [passphrase, setPassphrase] = useState('');
  const [file, setFile] = useState<File | undefined>(undefined);
  const [importPassphrase, setImportPassphrase] = useState('');
  const [result, setResult] = useState('');
  const action = useAction();
  const stamp = new Date().toISOString().slice(0, 10);

  const save = (name: string, text: string, type: string) => {
    downloadText(name, text, type);
    setResult(t('backup.saved', { name }));
  };

  return (
    <section class="panel" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backup.title')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void action.run(async () => {
            save(
              `havencode-${stamp}.json`,
              await port.exportBackup(passphrase),
              'application/json',
            );
            setPassphrase('');
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
      <p class="hint">{t('backup.plainWarning')}</p>
      <ProvedButton
        port={port}
        busy={action.busy}
        testId="backup-export-plain"
        label={t('backup.exportPlain')}
        onProof={(proof, close) =>
          void action.run(async () => {
            save(`havencode-${stamp}.txt`, await port.exportOtpauthLines(proof), 'text/plain');
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

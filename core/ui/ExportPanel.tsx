import { useState } from 'preact/hooks';
import type { GoogleExport, SealedTransfer } from '../backup/index.ts';
import { downloadText } from './download.ts';
import { ErrorAlert } from './ErrorAlert.tsx';
import { t } from './i18n-state.ts';
import { ProvedButton } from './ProvedButton.tsx';
import { QrSequence } from './QrSequence.tsx';
import { TransferView } from './TransferView.tsx';
import { useAction } from './use-action.ts';
import type { VaultPort } from '../app/vault-port.ts';

/**
 * Taking the accounts along: to Havencode on a phone (sealed QR codes and a
 * short code), to another app by Google Authenticator's transfer QR codes
 * (read by most authenticators), or an Aegis file, plain or encrypted.
 * Whatever shows or saves secrets in clear asks the user to prove it is them.
 */
export function ExportPanel({ port }: { port: VaultPort }) {
  const action = useAction();
  const [google, setGoogle] = useState<GoogleExport | undefined>(undefined);
  const [transfer, setTransfer] = useState<SealedTransfer | undefined>(undefined);
  const [passphrase, setPassphrase] = useState('');
  const [result, setResult] = useState('');
  const stamp = new Date().toISOString().slice(0, 10);
  const save = (name: string, text: string) => {
    downloadText(name, text, 'application/json');
    setResult(t('backup.saved', { name }));
  };

  return (
    <section class="panel" aria-labelledby="export-title">
      <h2 id="export-title">{t('export.title')}</h2>
      <p class="hint">{t('export.intro')}</p>
      <ProvedButton
        port={port}
        busy={action.busy}
        testId="transfer-start"
        label={t('transfer.start')}
        onProof={(proof, close) =>
          void action.run(async () => {
            setTransfer(await port.startTransfer(proof));
            close();
          })
        }
      />
      {transfer && <TransferView transfer={transfer} onClose={() => setTransfer(undefined)} />}
      <ProvedButton
        port={port}
        busy={action.busy}
        testId="export-google"
        label={t('export.google')}
        onProof={(proof, close) =>
          void action.run(async () => {
            setGoogle(await port.exportGoogleTransfer(proof));
            close();
          })
        }
      />
      {google && (
        <div class="export-google">
          <p class="hint">{t('export.googleHow')}</p>
          <QrSequence codes={google.uris} testId="export-google-codes" />
          {google.left.length > 0 && (
            <p class="hint" data-testid="export-google-left">
              {t('export.googleLeft', {
                count: google.left.length,
                names: google.left.map((entry) => entry.name).join(', '),
              })}
            </p>
          )}
          <button
            type="button"
            data-testid="export-google-hide"
            onClick={() => setGoogle(undefined)}
          >
            {t('export.hide')}
          </button>
        </div>
      )}
      <ProvedButton
        port={port}
        busy={action.busy}
        testId="export-aegis-plain"
        label={t('export.aegisPlain')}
        onProof={(proof, close) =>
          void action.run(async () => {
            save(`havencode-aegis-plain-${stamp}.json`, await port.exportAegisPlain(proof));
            close();
          })
        }
      />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void action.run(async () => {
            save(`havencode-aegis-${stamp}.json`, await port.exportAegisEncrypted(passphrase));
            setPassphrase('');
          });
        }}
      >
        <label>
          {t('export.aegisPassphrase')}
          <input
            type="password"
            autocomplete="new-password"
            data-testid="export-aegis-passphrase"
            value={passphrase}
            onInput={(e) => setPassphrase(e.currentTarget.value)}
          />
        </label>
        <button
          type="submit"
          data-testid="export-aegis"
          disabled={action.busy || passphrase === ''}
        >
          {t('export.aegisEncrypted')}
        </button>
      </form>
      {result && <p role="status">{result}</p>}
      <ErrorAlert error={action.error} />
    </section>
  );
}

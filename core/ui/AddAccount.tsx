import { useState } from 'preact/hooks';
import { HavenError } from '../errors.ts';
import { parseAccountUris } from '../uri/index.ts';
import { ErrorAlert } from './ErrorAlert.tsx';
import { t } from './i18n-state.ts';
import { useAction } from './use-action.ts';
import type { ShellActions, VaultPort } from './vault-port.ts';

/** Add accounts: scan (page or camera, by the shell), an image file, or a pasted URI. */
export function AddAccount({
  port,
  shell,
  onDone,
}: {
  port: VaultPort;
  shell: ShellActions;
  onDone: () => void;
}) {
  const [uri, setUri] = useState('');
  const [result, setResult] = useState('');
  const action = useAction();

  /** Scanned texts: the account URIs among them; other QR codes (a website, a ticket) are left out. */
  const addScanned = async (texts: string[]) => {
    if (texts.length === 0) throw new HavenError('qr/no-code', 'no QR code found');
    const uris = texts.filter((text) => /^otpauth(-migration)?:/i.test(text.trim()));
    if (uris.length === 0)
      throw new HavenError('qr/not-an-account', 'the QR codes hold no account URI');
    await add(uris.join('\n'));
  };

  const add = async (text: string) => {
    const { added, duplicates } = await port.addAccounts(parseAccountUris(text));
    setResult(
      [
        added > 0 ? t('add.added', { count: added }) : '',
        duplicates > 0 ? t('add.duplicates', { count: duplicates }) : '',
      ]
        .filter(Boolean)
        .join(' '),
    );
    setUri('');
    if (added > 0) onDone();
  };

  return (
    <section class="panel" aria-labelledby="add-title">
      <h2 id="add-title">{t('add.title')}</h2>
      {shell.scan && (
        <button
          type="button"
          class="primary"
          data-testid={shell.scan.testId}
          disabled={action.busy}
          onClick={() => void action.run(async () => addScanned(await shell.scan!.run()))}
        >
          {t(shell.scan.label)}
        </button>
      )}
      {shell.decodeImage && (
        <label class="file">
          {t('add.image')}
          <input
            type="file"
            accept="image/*"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) void action.run(async () => addScanned(await shell.decodeImage!(file)));
            }}
          />
        </label>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void action.run(() => add(uri));
        }}
      >
        <label>
          {t('add.uri')}
          <textarea
            data-testid="add-uri"
            rows={3}
            spellcheck={false}
            autocomplete="off"
            value={uri}
            onInput={(e) => setUri(e.currentTarget.value)}
          />
        </label>
        <button type="submit" data-testid="add-submit" disabled={action.busy || uri.trim() === ''}>
          {t('add.submit')}
        </button>
      </form>
      {result && <p role="status">{result}</p>}
      <ErrorAlert error={action.error} />
    </section>
  );
}

import { useState } from 'preact/hooks';
import { HavenError } from '../errors.ts';
import { ErrorAlert } from './ErrorAlert.tsx';
import { ManualEntry } from './ManualEntry.tsx';
import { t } from './i18n-state.ts';
import { useAction } from './use-action.ts';
import type { ShellActions, VaultPort } from './vault-port.ts';

/** Add accounts: scan (page or camera, by the shell), an image file or pasted screenshot, a pasted URI, or by hand. */
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
  const [manual, setManual] = useState(false);
  const action = useAction();

  /** Scanned texts: the account URIs among them; other QR codes (a website, a ticket) are left out. */
  const addScanned = async (texts: string[] | undefined) => {
    if (texts === undefined) return;
    if (texts.length === 0) throw new HavenError('qr/no-code', 'no QR code found');
    const uris = texts.filter((text) => /^otpauth(-migration)?:/i.test(text.trim()));
    if (uris.length === 0)
      throw new HavenError('qr/not-an-account', 'the QR codes hold no account URI');
    await add(uris.join('\n'));
  };

  const add = async (text: string) => {
    // The parser (with protobuf for Google exports) loads when first needed, not with the app.
    const { parseAccountUris } = await import('../uri/index.ts');
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

  const decodeImage = shell.decodeImage;
  const readImage = (file: Blob) =>
    decodeImage && void action.run(async () => addScanned(await decodeImage(file)));

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
      {decodeImage && (
        <label class="file">
          {t('add.image')}
          <input
            type="file"
            accept="image/*"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) readImage(file);
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
            aria-describedby={decodeImage ? 'add-paste-hint' : undefined}
            onInput={(e) => setUri(e.currentTarget.value)}
            onPaste={(e) => {
              // A screenshot on the clipboard: read its QR code instead of pasting nothing.
              const image = [...(e.clipboardData?.files ?? [])].find((f) =>
                f.type.startsWith('image/'),
              );
              if (image && decodeImage) {
                e.preventDefault();
                readImage(image);
              }
            }}
          />
        </label>
        {decodeImage && (
          <p class="hint" id="add-paste-hint">
            {t('add.pasteHint')}
          </p>
        )}
        <button type="submit" data-testid="add-submit" disabled={action.busy || uri.trim() === ''}>
          {t('add.submit')}
        </button>
      </form>
      <button
        type="button"
        class="link"
        data-testid="add-manual"
        aria-expanded={manual}
        onClick={() => setManual(!manual)}
      >
        {t('add.manual')}
      </button>
      {manual && (
        <ManualEntry busy={action.busy} onAdd={(text) => void action.run(() => add(text))} />
      )}
      {result && <p role="status">{result}</p>}
      <ErrorAlert error={action.error} />
    </section>
  );
}

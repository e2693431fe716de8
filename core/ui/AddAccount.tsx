import { useState } from 'preact/hooks';
import { TRANSFER_PREFIX } from '../backup/transfer-frame.ts';
import { HavenError } from '../errors.ts';
import type { OtpAccount } from '../otp/index.ts';
import { displayName } from './account-name.ts';
import { looksLikeColourMosaic, readPixels } from './colour-code.ts';
import { isAccountUri } from '../uri/scheme.ts';
import { ErrorAlert } from './ErrorAlert.tsx';
import { ManualEntry } from './ManualEntry.tsx';
import { TransferCodeForm } from './TransferCodeForm.tsx';
import { t } from './i18n-state.ts';
import { useAction } from './use-action.ts';
import type { ShellActions, VaultPort } from '../app/vault-port.ts';

/** Add accounts: scan (page or camera, by the shell), an image file or pasted screenshot, a pasted URI, or by hand. */
export function AddAccount({
  port,
  shell,
  onDone,
}: {
  port: VaultPort;
  shell: ShellActions;
  /** Called with what happened once an account is in ('C-point (W10001) toegevoegd.'). */
  onDone: (news: string) => void;
}) {
  const [uri, setUri] = useState('');
  const [result, setResult] = useState('');
  const [manual, setManual] = useState(false);
  /** The sealed QR codes of a transfer from another Havencode, waiting for its short code. */
  const [transfer, setTransfer] = useState<string[] | undefined>(undefined);
  const action = useAction();
  // A new attempt starts clean: no old 'stond er al' next to a new error.
  const attempt = (work: () => Promise<void>) => {
    setResult('');
    return action.run(work);
  };

  /** Scanned texts: the account URIs among them; other QR codes (a website, a ticket) are left out. */
  const addScanned = async (texts: string[] | undefined) => {
    if (texts === undefined) return;
    if (texts.length === 0) throw new HavenError('qr/no-code', 'no QR code found');
    const frames = texts.filter((text) => text.trim().startsWith(TRANSFER_PREFIX));
    if (frames.length > 0) return setTransfer(frames);
    const uris = texts.filter(isAccountUri);
    if (uris.length === 0)
      throw new HavenError('qr/not-an-account', 'the QR codes hold no account URI');
    await add(uris.join('\n'));
  };

  const add = async (text: string) => {
    // The parser (with protobuf for Google exports) loads when first needed, not with the app.
    const { parseAccountUris } = await import('../uri/index.ts');
    await addAll(parseAccountUris(text));
  };

  const addAll = async (accounts: OtpAccount[]) => {
    const { added, duplicates } = await port.addAccounts(accounts);
    const [only] = accounts.length === 1 ? accounts : [];
    const name = only && displayName({ id: '', account: only });
    const news = [
      added === 0 ? '' : name ? t('add.addedOne', { name }) : t('add.added', { count: added }),
      duplicates === 0
        ? ''
        : name
          ? t('add.duplicateOne', { name })
          : t('add.duplicates', { count: duplicates }),
    ]
      .filter(Boolean)
      .join(' ');
    setUri('');
    if (added > 0) onDone(news);
    else setResult(news);
  };

  const decodeImage = shell.decodeImage;
  /** An image file or pasted screenshot; one without a QR code is looked at once more for colours. */
  const readImage = (file: Blob) =>
    decodeImage &&
    void attempt(async () => {
      const texts = await decodeImage(file);
      if (texts.length === 0 && looksLikeColourMosaic(await readPixels(file)))
        throw new HavenError('qr/colour-code', 'a colour mosaic, not a QR code');
      await addScanned(texts);
    });

  return (
    <section class="panel" aria-labelledby="add-title">
      <h2 id="add-title">{t('add.title')}</h2>
      {shell.scan && (
        <button
          type="button"
          class="primary"
          data-testid={shell.scan.testId}
          disabled={action.busy}
          onClick={() => void attempt(async () => addScanned(await shell.scan!.run()))}
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
          void attempt(() => add(uri));
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
      {transfer && (
        <TransferCodeForm
          busy={action.busy}
          onCode={(code) =>
            void attempt(async () => {
              const { openTransfer } = await import('../backup/index.ts');
              await addAll(await openTransfer(transfer, code));
              setTransfer(undefined);
            })
          }
        />
      )}
      {manual && <ManualEntry busy={action.busy} onAdd={(text) => void attempt(() => add(text))} />}
      {result && <p role="status">{result}</p>}
      <ErrorAlert error={action.error} />
    </section>
  );
}

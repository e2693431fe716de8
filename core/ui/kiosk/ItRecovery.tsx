import { useState } from 'preact/hooks';
import type { VaultSummary } from '../../vault/index.ts';
import { ErrorAlert } from '../ErrorAlert.tsx';
import { t } from '../i18n-state.ts';
import { useAction } from '../use-action.ts';
import type { KioskPort } from './kiosk-port.ts';

/**
 * For IT, next to a found worker: their sealed vault as a file (ciphertext
 * and wrapped keys only; nothing on the PC opens the admin slot in it).
 */
export function SealedExport({ kiosk, profile }: { kiosk: KioskPort; profile: VaultSummary }) {
  const [url, setUrl] = useState<string | undefined>(undefined);
  const action = useAction();
  if (url !== undefined)
    return (
      <a
        href={url}
        download={`havencode-${profile.name}.sealed.json`}
        data-testid="sealed-download"
      >
        {t('kiosk.sealedDownload', { name: profile.name })}
      </a>
    );
  return (
    <>
      <button
        type="button"
        data-testid="profile-export-sealed"
        disabled={action.busy}
        onClick={() =>
          void action.run(async () => {
            const text = await kiosk.exportSealed(profile);
            setUrl(URL.createObjectURL(new Blob([text], { type: 'application/json' })));
          })
        }
      >
        {t('kiosk.sealedExport')}
      </button>
      <ErrorAlert error={action.error} />
    </>
  );
}

/** A worker who lost their key: IT's re-enrolment file, its one-time code, then the new key. */
export function ReenrolWorker({
  kiosk,
  onDone,
}: {
  kiosk: KioskPort;
  onDone: (recoveryCode: string) => void;
}) {
  const [file, setFile] = useState<File | undefined>(undefined);
  const [code, setCode] = useState('');
  const action = useAction();
  const submit = (event: Event) => {
    event.preventDefault();
    if (file === undefined || code.trim() === '') return;
    void action.run(async () => onDone(await kiosk.reenrolWorker(await file.text(), code)));
  };
  return (
    <section class="panel" aria-labelledby="kiosk-reenrol">
      <h2 id="kiosk-reenrol">{t('kiosk.reenrolTitle')}</h2>
      <p>{t('kiosk.reenrolIntro')}</p>
      <form onSubmit={submit}>
        <label>
          {t('kiosk.reenrolFile')}
          <input
            type="file"
            accept=".json,application/json"
            data-testid="reenrol-file"
            onChange={(e) => setFile(e.currentTarget.files?.[0])}
          />
        </label>
        <label>
          {t('kiosk.reenrolCode')}
          <input
            autocomplete="off"
            data-testid="reenrol-code"
            value={code}
            onInput={(e) => setCode(e.currentTarget.value)}
          />
        </label>
        <button type="submit" data-testid="reenrol-submit" disabled={action.busy}>
          {t('kiosk.reenrolSubmit')}
        </button>
      </form>
      <ErrorAlert error={action.error} />
    </section>
  );
}

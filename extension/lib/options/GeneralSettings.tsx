import { useEffect, useState } from 'preact/hooks';
import { ErrorAlert } from '../../../core/ui/ErrorAlert.tsx';
import { t } from '../../../core/ui/i18n-state.ts';
import { useAction } from '../../../core/ui/use-action.ts';
import type { VaultSession } from '../../../core/vault/index.ts';
import { sendOrThrow } from '../protocol.ts';
import { loadSettings, saveSettings } from '../settings-store.ts';

/** Auto-lock (the vault's setting), clipboard wipe and auto-fill (the extension's). */
export function GeneralSettings({ session }: { session: VaultSession }) {
  const [autoLockMinutes, setAutoLockMinutes] = useState(
    String(session.settings.peek().autoLockSeconds / 60),
  );
  const [clipboardSeconds, setClipboardSeconds] = useState('');
  const [autoFill, setAutoFill] = useState(true);
  const [saved, setSaved] = useState(false);
  const action = useAction();

  useEffect(() => {
    void loadSettings().then((settings) => {
      setClipboardSeconds(String(settings.clipboardSeconds));
      setAutoFill(settings.autoFill);
    });
  }, []);

  const save = (event: Event) => {
    event.preventDefault();
    setSaved(false);
    void action.run(async () => {
      await session.setSettings({ autoLockSeconds: Math.round(Number(autoLockMinutes) * 60) });
      await saveSettings({
        clipboardSeconds: Math.max(0, Math.round(Number(clipboardSeconds))),
        autoFill,
      });
      // The background reads the vault's settings when it resumes the session.
      await sendOrThrow('settings:changed', {});
      setSaved(true);
    });
  };

  return (
    <section class="panel" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('settings.title')}</h2>
      <form onSubmit={save}>
        <label>
          {t('settings.autoLock')}
          <input
            type="number"
            min="0"
            step="1"
            data-testid="settings-autolock"
            value={autoLockMinutes}
            onInput={(e) => setAutoLockMinutes(e.currentTarget.value)}
          />
        </label>
        <label>
          {t('settings.clipboard')}
          <input
            type="number"
            min="0"
            step="1"
            data-testid="settings-clipboard"
            value={clipboardSeconds}
            onInput={(e) => setClipboardSeconds(e.currentTarget.value)}
          />
        </label>
        <label class="check">
          <input
            type="checkbox"
            data-testid="settings-autofill"
            checked={autoFill}
            onChange={(e) => setAutoFill(e.currentTarget.checked)}
          />
          {t('settings.autoFill')}
        </label>
        <button type="submit" data-testid="settings-save" disabled={action.busy}>
          {t('settings.save')}
        </button>
      </form>
      {saved && (
        <p role="status" data-testid="settings-saved">
          {t('settings.saved')}
        </p>
      )}
      <ErrorAlert error={action.error} />
    </section>
  );
}

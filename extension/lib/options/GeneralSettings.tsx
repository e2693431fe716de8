import { useState } from 'preact/hooks';
import type { VaultPort } from '../../../core/app/vault-port.ts';
import { AutoLockSetting } from '../../../core/ui/AutoLockSetting.tsx';
import { ErrorAlert } from '../../../core/ui/ErrorAlert.tsx';
import { t } from '../../../core/ui/i18n-state.ts';
import { useAction } from '../../../core/ui/use-action.ts';

/**
 * Auto-lock (the shared setting, saved as it is picked), then clipboard wipe
 * and auto-fill, saved together: all through the one settings model.
 */
export function GeneralSettings({ port }: { port: VaultPort }) {
  const stored = port.settings.current.peek();
  const [clipboardSeconds, setClipboardSeconds] = useState(String(stored.clipboardSeconds));
  const [autoFill, setAutoFill] = useState(stored.autoFill);
  const [saved, setSaved] = useState(false);
  const action = useAction();

  const save = (event: Event) => {
    event.preventDefault();
    setSaved(false);
    void action.run(async () => {
      await port.settings.save({
        clipboardSeconds: Math.max(0, Math.round(Number(clipboardSeconds))),
        autoFill,
      });
      setSaved(true);
    });
  };

  return (
    <AutoLockSetting port={port}>
      <form onSubmit={save}>
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
    </AutoLockSetting>
  );
}

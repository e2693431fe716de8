import type { ComponentChildren } from 'preact';
import type { VaultPort } from '../app/vault-port.ts';
import { ErrorAlert } from './ErrorAlert.tsx';
import { t } from './i18n-state.ts';
import { useAction } from './use-action.ts';

/** The choices, in minutes: short enough that a lost phone locks soon. */
const MINUTES = [1, 2, 5, 10, 30];

/**
 * The settings panel every shell shows: how long the open vault may sit
 * unused before it locks itself, saved through the settings model as it is
 * picked; `children` are the shell's own settings below it.
 */
export function AutoLockSetting({
  port,
  children,
}: {
  port: VaultPort;
  children?: ComponentChildren;
}) {
  const action = useAction();
  const minutes = Math.round(port.settings.current.value.autoLockSeconds / 60);
  return (
    <section class="panel" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('settings.title')}</h2>
      <label>
        {t('settings.autoLock')}
        <select
          data-testid="auto-lock"
          value={String(minutes)}
          disabled={action.busy}
          onChange={(e) => {
            const chosen = Number(e.currentTarget.value);
            void action.run(() => port.settings.save({ autoLockSeconds: chosen * 60 }));
          }}
        >
          {(MINUTES.includes(minutes) ? MINUTES : [...MINUTES, minutes].sort((a, b) => a - b)).map(
            (m) => (
              <option key={m} value={String(m)}>
                {m}
              </option>
            ),
          )}
        </select>
      </label>
      <ErrorAlert error={action.error} />
      {children}
    </section>
  );
}

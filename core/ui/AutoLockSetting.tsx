import { ErrorAlert } from './ErrorAlert.tsx';
import { t } from './i18n-state.ts';
import { useAction } from './use-action.ts';
import type { VaultPort } from './vault-port.ts';

/** The choices, in minutes: short enough that a lost phone locks soon. */
const MINUTES = [1, 2, 5, 10, 30];

/** How long the open vault may sit unused before it locks itself. */
export function AutoLockSetting({ port }: { port: VaultPort }) {
  const action = useAction();
  const minutes = Math.round(port.autoLockSeconds.value / 60);
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
            void action.run(() => port.setAutoLockSeconds(chosen * 60));
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
    </section>
  );
}

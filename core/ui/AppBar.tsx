import { useEffect } from 'preact/hooks';
import { language, t } from './i18n-state.ts';
import { startClock } from './now.ts';

/** What the bar offers once a vault is open. */
export interface AppBarActions {
  adding: boolean;
  onAdd: () => void;
  onLock: () => void;
}

/** The top bar of the popup, the PWA and the kiosk: the name, then add and lock once unlocked. */
export function AppBar({ actions }: { actions: AppBarActions | undefined }) {
  return (
    <header class="bar">
      <span class="brand">{t('app.name')}</span>
      {actions && (
        <>
          <button
            type="button"
            data-testid="add-open"
            aria-expanded={actions.adding}
            onClick={actions.onAdd}
          >
            {t('add.open')}
          </button>
          <button type="button" data-testid="lock" onClick={actions.onLock}>
            {t('lock.now')}
          </button>
        </>
      )}
    </header>
  );
}

/** Keeps `<html lang>` on the language shown, and the codes ticking while unlocked. */
export function useAppFrame(unlocked: boolean): void {
  useEffect(() => {
    document.documentElement.lang = language.value;
  }, [language.value]);
  useEffect(() => (unlocked ? startClock() : undefined), [unlocked]);
}

import { useEffect } from 'preact/hooks';
import { language, t } from './i18n-state.ts';
import { Logo } from './Logo.tsx';
import { startClock } from './now.ts';

/** What the bar offers once a vault is open. */
export interface AppBarActions {
  adding: boolean;
  onAdd: () => void;
  onLock: () => void;
}

/** The top bar of the popup, the PWA and the kiosk: the mark and name, then add and lock once unlocked. */
export function AppBar({ actions }: { actions: AppBarActions | undefined }) {
  return (
    <header class="bar">
      <span class="brand">
        <Logo />
        {t('app.name')}
      </span>
      {actions && (
        <>
          <button
            type="button"
            data-testid="add-open"
            aria-expanded={actions.adding}
            onClick={actions.onAdd}
          >
            <svg viewBox="0 0 24 24" aria-hidden="true">
              <path d="M11 5h2v6h6v2h-6v6h-2v-6H5v-2h6z" />
            </svg>
            <span class="bar-label">{t('add.openShort')}</span>
          </button>
          <button type="button" data-testid="lock" onClick={actions.onLock}>
            <svg viewBox="0 0 24 24" aria-hidden="true">
              <path d="M7 10V8a5 5 0 0 1 10 0v2h1a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1v-9a1 1 0 0 1 1-1zm2 0h6V8a3 3 0 0 0-6 0z" />
            </svg>
            <span class="bar-label">{t('lock.now')}</span>
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

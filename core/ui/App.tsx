import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { LanguagePicker } from './LanguagePicker.tsx';
import { RecoveryView } from './RecoveryView.tsx';
import { SetupView } from './SetupView.tsx';
import { UnlockView } from './UnlockView.tsx';
import { AppBar, useAppFrame } from './AppBar.tsx';
import { t } from './i18n-state.ts';
import type { UnlockedView as UnlockedViewType } from './UnlockedView.tsx';
import type { ShellActions, VaultPort } from '../app/vault-port.ts';

/** How long 'C-point (W10001) toegevoegd.' stays above the list. */
const NEWS_MS = 6_000;

/**
 * The whole authenticator UI, shared by the extension popup and the PWA:
 * setup → recovery code → list; unlock; add; lock. The shell supplies the
 * vault port and what only it can do (scan, copy); `children` are the
 * shell's own notices (an update, an install hint), shown above the content.
 */
export function App({
  port,
  shell,
  startAdding = false,
  children,
}: {
  port: VaultPort;
  shell: ShellActions;
  /** Opens the add panel once unlocked (a home-screen shortcut asked for it). */
  startAdding?: boolean;
  children?: ComponentChildren;
}) {
  const [recoveryCode, setRecoveryCode] = useState<string | undefined>(undefined);
  const [adding, setAdding] = useState(startAdding);
  const [backup, setBackup] = useState(false);
  // Set once the recovery code is kept: the first-run guide and the backup offer follow.
  const [fresh, setFresh] = useState(false);
  // What the last add did ('C-point (W10001) toegevoegd.'), shown above the list it changed.
  const [news, setNews] = useState('');
  useEffect(() => {
    if (!news) return undefined;
    const timer = setTimeout(() => setNews(''), NEWS_MS);
    return () => clearTimeout(timer);
  }, [news]);
  const status = port.status.value;
  const UnlockedView = useUnlockedView(status === 'unlocked');

  useAppFrame(status === 'unlocked');
  useEffect(() => {
    // Back to a window left open: another one may have changed the accounts meanwhile.
    const onVisible = () => document.visibilityState === 'visible' && void port.refresh();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [port]);
  useEffect(() => {
    // Locking closes what was open: the next person to unlock starts at the list.
    if (status === 'locked') {
      setAdding(false);
      setBackup(false);
      setNews('');
    }
  }, [status]);

  return (
    <div class="app" onPointerDown={() => port.touch()} onKeyDown={() => port.touch()}>
      <AppBar
        actions={
          status === 'unlocked' && !recoveryCode
            ? {
                adding,
                onAdd: () => {
                  setAdding(!adding);
                  setNews('');
                },
                onLock: () => void port.lock(),
              }
            : undefined
        }
      />
      <main>
        {children}
        {status === 'loading' && <p aria-busy="true">{t('common.loading')}</p>}
        {status === 'empty' && !recoveryCode && (
          <SetupView port={port} onCreated={setRecoveryCode} />
        )}
        {recoveryCode && (
          <RecoveryView
            code={recoveryCode}
            onCopy={shell.copy}
            onDone={() => {
              setRecoveryCode(undefined);
              setFresh(true);
              // A page's 'Toevoegen aan Havencode' may have been completed while the code was shown.
              void port.refresh();
            }}
          />
        )}
        {status === 'locked' && <UnlockView port={port} />}
        {status === 'unlocked' &&
          !recoveryCode &&
          (UnlockedView ? (
            <UnlockedView
              port={port}
              shell={shell}
              adding={adding}
              backup={backup}
              fresh={fresh}
              news={news}
              onAdded={(text) => {
                setAdding(false);
                setNews(text);
              }}
              onBackup={(open) => {
                setBackup(open);
                setFresh(false);
              }}
            />
          ) : (
            <p aria-busy="true">{t('common.loading')}</p>
          ))}
      </main>
      <footer class="foot">
        {status === 'unlocked' && !recoveryCode && (
          <button
            type="button"
            class="link"
            data-testid="backup-open"
            aria-expanded={backup}
            onClick={() => setBackup(!backup)}
          >
            {t('backup.open')}
          </button>
        )}
        <LanguagePicker />
      </footer>
    </div>
  );
}

/** The unlocked view's component, imported the first time `wanted` is true. */
function useUnlockedView(wanted: boolean): typeof UnlockedViewType | undefined {
  const [view, setView] = useState<typeof UnlockedViewType | undefined>(undefined);
  useEffect(() => {
    if (wanted && !view)
      void import('./UnlockedView.tsx').then((m) => setView(() => m.UnlockedView));
  }, [wanted, view]);
  return view;
}

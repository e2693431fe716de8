import { useEffect, useState } from 'preact/hooks';
import { AccountList } from './AccountList.tsx';
import { AddAccount } from './AddAccount.tsx';
import { LanguagePicker } from './LanguagePicker.tsx';
import { RecoveryView } from './RecoveryView.tsx';
import { SetupView } from './SetupView.tsx';
import { UnlockView } from './UnlockView.tsx';
import { language, t } from './i18n-state.ts';
import { startClock } from './now.ts';
import type { ShellActions, VaultPort } from './vault-port.ts';

/**
 * The whole authenticator UI, shared by the extension popup and the PWA:
 * setup → recovery code → list; unlock; add; lock. The shell supplies the
 * vault port and what only it can do (scan, copy).
 */
export function App({ port, shell }: { port: VaultPort; shell: ShellActions }) {
  const [recoveryCode, setRecoveryCode] = useState<string | undefined>(undefined);
  const [adding, setAdding] = useState(false);
  const status = port.status.value;

  useEffect(() => {
    document.documentElement.lang = language.value;
  }, [language.value]);
  useEffect(() => (status === 'unlocked' ? startClock() : undefined), [status]);

  return (
    <div class="app" onPointerDown={() => port.touch()} onKeyDown={() => port.touch()}>
      <header class="bar">
        <span class="brand">{t('app.name')}</span>
        {status === 'unlocked' && !recoveryCode && (
          <>
            <button
              type="button"
              data-testid="add-open"
              aria-expanded={adding}
              onClick={() => setAdding(!adding)}
            >
              {t('add.open')}
            </button>
            <button type="button" data-testid="lock" onClick={() => void port.lock()}>
              {t('lock.now')}
            </button>
          </>
        )}
      </header>
      <main>
        {status === 'loading' && <p aria-busy="true">{t('common.loading')}</p>}
        {status === 'empty' && !recoveryCode && (
          <SetupView port={port} onCreated={setRecoveryCode} />
        )}
        {recoveryCode && (
          <RecoveryView code={recoveryCode} onDone={() => setRecoveryCode(undefined)} />
        )}
        {status === 'locked' && <UnlockView port={port} />}
        {status === 'unlocked' && !recoveryCode && (
          <>
            {adding && <AddAccount port={port} shell={shell} onDone={() => setAdding(false)} />}
            <AccountList port={port} shell={shell} />
          </>
        )}
      </main>
      <footer class="foot">
        <LanguagePicker />
      </footer>
    </div>
  );
}

import { useEffect } from 'preact/hooks';
import { BackupPanel } from '../../../core/ui/BackupPanel.tsx';
import { ExportPanel } from '../../../core/ui/ExportPanel.tsx';
import { LanguagePicker } from '../../../core/ui/LanguagePicker.tsx';
import { RecentlyDeleted } from '../../../core/ui/RecentlyDeleted.tsx';
import { SnapshotPanel } from '../../../core/ui/SnapshotPanel.tsx';
import { StorageStatus } from '../../../core/ui/StorageStatus.tsx';
import { UnlockMethods } from '../../../core/ui/UnlockMethods.tsx';
import { UnlockView } from '../../../core/ui/UnlockView.tsx';
import { language, t } from '../../../core/ui/i18n-state.ts';
import type { VaultPort } from '../../../core/app/vault-port.ts';
import { GeneralSettings } from './GeneralSettings.tsx';
import { SiteLinks } from './SiteLinks.tsx';

/**
 * The options page: settings, sites linked to accounts, ways to unlock,
 * backup. Everything but the language needs the vault open; the page
 * unlocks it like the popup does (and so unlocks the extension).
 */
export function OptionsApp({ port }: { port: VaultPort }) {
  const status = port.status.value;
  useEffect(() => {
    document.documentElement.lang = language.value;
  }, [language.value]);

  return (
    <div class="app options" onPointerDown={() => port.touch()} onKeyDown={() => port.touch()}>
      <header class="bar">
        <span class="brand">
          {t('app.name')} · {t('settings.title')}
        </span>
        <LanguagePicker />
      </header>
      <main>
        {status === 'loading' && <p aria-busy="true">{t('common.loading')}</p>}
        {status === 'empty' && <p class="empty">{t('options.empty')}</p>}
        {status === 'locked' && <UnlockView port={port} />}
        {status === 'unlocked' && (
          <>
            <GeneralSettings port={port} />
            <SiteLinks port={port} />
            <UnlockMethods port={port} />
            <BackupPanel port={port} />
            <ExportPanel port={port} />
            <RecentlyDeleted port={port} />
            <SnapshotPanel port={port} />
            <StorageStatus />
          </>
        )}
      </main>
    </div>
  );
}

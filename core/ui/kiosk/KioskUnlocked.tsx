import { AccountList } from '../AccountList.tsx';
import { AddAccount } from '../AddAccount.tsx';
import { BackupPanel } from '../BackupPanel.tsx';
import { t } from '../i18n-state.ts';
import type { ShellActions, VaultPort } from '../../app/vault-port.ts';

/**
 * A worker's own accounts once their key opened the vault, with
 * 'Vergeet mij op deze pc'. KioskApp loads this module only when a worker is
 * in, so the lock screen's first frame waits for none of it.
 */
export function KioskUnlocked({
  port,
  shell,
  adding,
  allowExport,
  onAdded,
  onForget,
}: {
  port: VaultPort;
  shell: ShellActions;
  adding: boolean;
  allowExport: boolean;
  onAdded: () => void;
  onForget: () => void;
}) {
  return (
    <>
      {adding && <AddAccount port={port} shell={shell} onDone={onAdded} />}
      <AccountList port={port} shell={shell} />
      {allowExport && <BackupPanel port={port} />}
      <button type="button" class="danger" data-testid="forget-me" onClick={onForget}>
        {t('kiosk.forgetMe')}
      </button>
    </>
  );
}

import { AccountList } from './AccountList.tsx';
import { AddAccount } from './AddAccount.tsx';
import { AutoLockSetting } from './AutoLockSetting.tsx';
import { BackupPanel } from './BackupPanel.tsx';
import { BackupReminder } from './BackupReminder.tsx';
import { ExportPanel } from './ExportPanel.tsx';
import { FirstRunGuide } from './FirstRunGuide.tsx';
import { SnapshotPanel } from './SnapshotPanel.tsx';
import { StorageStatus } from './StorageStatus.tsx';
import { UnlockMethods } from './UnlockMethods.tsx';
import type { ShellActions, VaultPort } from '../app/vault-port.ts';

/**
 * Everything behind the lock: the add and backup panels and the list. App
 * loads this module (and the OTP library with it) only once the vault is
 * unlocked, which keeps the first load small. `fresh`: the vault was just
 * made, so a short guide shows, and once it holds an account, a backup offer.
 */
export function UnlockedView({
  port,
  shell,
  adding,
  backup,
  fresh,
  news,
  onAdded,
  onBackup,
}: {
  port: VaultPort;
  shell: ShellActions;
  adding: boolean;
  backup: boolean;
  fresh: boolean;
  news: string;
  onAdded: (news: string) => void;
  onBackup: (open: boolean) => void;
}) {
  const count = port.accounts.value.length;
  return (
    <>
      {adding && <AddAccount port={port} shell={shell} onDone={onAdded} />}
      {news && (
        <p class="news" role="status">
          {news}
        </p>
      )}
      {fresh && !adding && !backup && <FirstRunGuide hasAccounts={count > 0} onBackup={onBackup} />}
      {backup && <AutoLockSetting port={port} />}
      {backup && <UnlockMethods port={port} />}
      {backup && <BackupPanel port={port} />}
      {backup && <ExportPanel port={port} />}
      {backup && <SnapshotPanel port={port} />}
      {backup && <StorageStatus />}
      <AccountList port={port} shell={shell} hideEmpty={fresh} />
      {/* Below the codes: a gentle prompt, never in the way of the code the user came for. */}
      {!fresh && !adding && !backup && <BackupReminder port={port} />}
    </>
  );
}

import { AccountList } from './AccountList.tsx';
import { AddAccount } from './AddAccount.tsx';
import { AutoLockSetting } from './AutoLockSetting.tsx';
import { BackupPanel } from './BackupPanel.tsx';
import type { ShellActions, VaultPort } from './vault-port.ts';

/**
 * Everything behind the lock: the add and backup panels and the list. App
 * loads this module (and the OTP library with it) only once the vault is
 * unlocked, which keeps the first load small.
 */
export function UnlockedView({
  port,
  shell,
  adding,
  backup,
  onAdded,
}: {
  port: VaultPort;
  shell: ShellActions;
  adding: boolean;
  backup: boolean;
  onAdded: () => void;
}) {
  return (
    <>
      {adding && <AddAccount port={port} shell={shell} onDone={onAdded} />}
      {backup && <AutoLockSetting port={port} />}
      {backup && <BackupPanel port={port} />}
      <AccountList port={port} shell={shell} />
    </>
  );
}

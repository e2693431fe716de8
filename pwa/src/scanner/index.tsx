import { effect } from '@preact/signals';
import { render } from 'preact';
import type { VaultPort } from '../../../core/app/vault-port.ts';
import { CameraScanner } from './CameraScanner.tsx';

/**
 * Opens the camera view over the app and resolves to the account texts read
 * (undefined when the user closed it, or the vault locked: the camera never
 * outlives the unlocked vault); rejects with why the camera could not be
 * used. Scanning counts as use of the vault, so the idle lock waits for it.
 * This module, the worker and zxing load only when a scan starts.
 */
export function scanWithCamera(
  vault: Pick<VaultPort, 'status' | 'touch'>,
): Promise<string[] | undefined> {
  const host = document.createElement('div');
  document.body.append(host);
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  return new Promise<string[] | undefined>((resolve, reject) => {
    const watch: { stop?: () => void; done?: boolean } = {};
    const finish = (settle: () => void) => {
      if (watch.done) return;
      watch.done = true;
      watch.stop?.();
      render(null, host);
      host.remove();
      opener?.focus();
      settle();
    };
    render(
      <CameraScanner
        onFound={(texts) => finish(() => resolve(texts))}
        onActivity={() => vault.touch()}
        onClose={(error) =>
          finish(() => (error === undefined ? resolve(undefined) : reject(error)))
        }
      />,
      host,
    );
    // Unmounting the scanner stops the camera (CameraScanner's effect cleanup).
    watch.stop = effect(() => {
      if (vault.status.value !== 'unlocked') finish(() => resolve(undefined));
    });
    if (watch.done) watch.stop();
  });
}

export { decodeImageFile } from './decode-client.ts';

import { render } from 'preact';
import { CameraScanner } from './CameraScanner.tsx';

/**
 * Opens the camera view over the app and resolves to the account texts read
 * (undefined when the user closed it); rejects with why the camera could not
 * be used. This module, the worker and zxing load only when a scan starts.
 */
export function scanWithCamera(): Promise<string[] | undefined> {
  const host = document.createElement('div');
  document.body.append(host);
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  return new Promise<string[] | undefined>((resolve, reject) => {
    const finish = (settle: () => void) => {
      render(null, host);
      host.remove();
      opener?.focus();
      settle();
    };
    render(
      <CameraScanner
        onFound={(texts) => finish(() => resolve(texts))}
        onClose={(error) =>
          finish(() => (error === undefined ? resolve(undefined) : reject(error)))
        }
      />,
      host,
    );
  });
}

export { decodeImageFile } from './decode-client.ts';

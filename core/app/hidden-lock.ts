import type { VaultPort } from './vault-port.ts';

/** A short trip to another app (to paste the code) keeps the vault open this long. */
export const HIDDEN_GRACE_MS = 30_000;

/**
 * Locks the vault when the app has been in the background longer than the
 * grace period. Phones freeze background pages, so a timer alone cannot be
 * trusted: the time hidden is also checked when the app comes back.
 */
export function lockWhenHidden(
  port: VaultPort,
  doc: Document = document,
  clock = Date.now,
): () => void {
  let hiddenAt: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onChange = () => {
    clearTimeout(timer);
    if (doc.visibilityState === 'hidden') {
      hiddenAt = clock();
      timer = setTimeout(() => void port.lock(), HIDDEN_GRACE_MS);
    } else if (hiddenAt !== undefined && clock() - hiddenAt >= HIDDEN_GRACE_MS) {
      void port.lock();
    } else {
      port.touch();
    }
    if (doc.visibilityState === 'visible') hiddenAt = undefined;
  };
  doc.addEventListener('visibilitychange', onChange);
  return () => {
    clearTimeout(timer);
    doc.removeEventListener('visibilitychange', onChange);
  };
}

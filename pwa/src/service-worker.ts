import { effect, signal, type ReadonlySignal } from '@preact/signals';
import type { VaultStatus } from '../../core/app/vault-port.ts';

/** True once a new version is installed and waiting: the UI offers to switch to it. */
export const updateReady = signal(false);

let registration: ServiceWorkerRegistration | undefined;
let started = false;

/**
 * Starts the service worker once the app has something to keep offline: a
 * vault exists, or the app runs installed (or was just installed). Until then
 * a first visit's setup screen does not share the phone's CPU and data with
 * the precache of about 4 MB (the QR decoder, the passphrase word lists):
 * measured with Lighthouse on this machine, the first screen's total blocking
 * time was 330–450 ms with the precache running beside it and 70–85 ms without.
 */
export function startServiceWorkerWhenNeeded(status: ReadonlySignal<VaultStatus>): void {
  const installed = matchMedia('(display-mode: standalone)').matches;
  addEventListener('appinstalled', () => startServiceWorker(), { once: true });
  effect(() => {
    const hasVault = status.value === 'locked' || status.value === 'unlocked';
    if (installed || hasVault) startServiceWorker();
  });
}

/**
 * Registers the service worker that precaches the whole app (so it loads and
 * unlocks offline), after the page has loaded so it never competes with the
 * first screen. A new version waits until the user agrees (see installUpdate),
 * so a code the user is reading never vanishes in a reload they did not ask
 * for. Written by hand instead of workbox-window: 2 kB less on the first load.
 */
function startServiceWorker(container = navigator.serviceWorker): void {
  if (started || !('serviceWorker' in navigator)) return;
  started = true;
  const register = async () => {
    registration = await container.register('./sw.js', { scope: './' });
    const offer = () => {
      // Without a controller this is the first install, not an update.
      if (registration?.waiting && container.controller) updateReady.value = true;
    };
    const watch = (incoming: ServiceWorker | null | undefined) =>
      incoming?.addEventListener('statechange', () => incoming.state === 'installed' && offer());
    offer();
    // The navigation itself may have found the update before this script ran.
    watch(registration.installing);
    registration.addEventListener('updatefound', () => watch(registration?.installing));
    // A PWA can stay open for days: look for a new version whenever it comes back.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void registration?.update();
    });
  };
  const start = () =>
    void register().catch((error: unknown) => {
      // The app still works online; only offline use and updates are lost.
      console.warn('The service worker could not be registered', error);
    });
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}

/**
 * How long to wait for the new version before leaving the page. Chromium lets
 * a skipped-waiting version take over only once the old worker is idle, and
 * sometimes (measured: about 1 click in 8 right after a load) waits for the
 * old worker's 30 s idle timeout; a page that is left releases it at once.
 */
const RELOAD_AFTER_MS = 3000;

/** Activates the waiting version (workbox's SKIP_WAITING message) and reloads into it. */
export function installUpdate(container = navigator.serviceWorker): void {
  const waiting = registration?.waiting;
  if (!waiting) return;
  const reload = () => location.reload();
  const fallback = setTimeout(reload, RELOAD_AFTER_MS);
  container.addEventListener(
    'controllerchange',
    () => {
      clearTimeout(fallback);
      reload();
    },
    { once: true },
  );
  waiting.postMessage({ type: 'SKIP_WAITING' });
}

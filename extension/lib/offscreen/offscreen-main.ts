import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import { decodeImageUrl } from '../decode-image.ts';
import type { OffscreenRequest } from '../messages.ts';

let timer: ReturnType<typeof setTimeout> | undefined;

/**
 * Empties the clipboard. An offscreen document never has focus, so the
 * async Clipboard API refuses; execCommand('copy') with our own data still
 * works there (what Chrome's offscreen CLIPBOARD reason is for).
 */
function wipeClipboard(): void {
  const onCopy = (event: ClipboardEvent) => {
    event.clipboardData?.setData('text/plain', '');
    event.preventDefault();
  };
  document.addEventListener('copy', onCopy, { once: true });
  document.execCommand('copy');
}

/**
 * The offscreen document does for the service worker what needs a document:
 * wipe the clipboard later, and decode QR images (a service worker may not
 * `import()` the lazily loaded decoder).
 */
export function startOffscreen(): void {
  // webextension-polyfill's contract: a listener answers by returning a Promise.
  browser.runtime.onMessage.addListener(
    // eslint-disable-next-line @typescript-eslint/no-misused-promises
    (message: unknown, sender: Browser.runtime.MessageSender) => {
      // Only our own background may ask: not a content script, not another extension page.
      if (!isBackground(sender)) return undefined;
      const request = message as OffscreenRequest;
      switch (request.type) {
        case 'offscreen:clear-clipboard':
          // A later copy restarts the wait: its code gets its full time.
          clearTimeout(timer);
          timer = setTimeout(wipeClipboard, request.afterMs);
          return Promise.resolve(true);
        case 'offscreen:decode':
          return Promise.all(request.images.map(decodeImageUrl)).then((texts) => texts.flat());
        default:
          // Everybody else's messages reach this page too: not ours to answer.
          return undefined;
      }
    },
  );
}

/** The extension's own service worker (Chrome gives its script URL as the sender's). */
function isBackground(sender: Browser.runtime.MessageSender): boolean {
  return (
    sender.id === browser.runtime.id &&
    sender.tab === undefined &&
    sender.url === browser.runtime.getURL('/background.js')
  );
}

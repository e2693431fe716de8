import { decodeImageUrl, prepareImageDecoder } from '../decode-image.ts';
import { handle } from '../protocol-handle.ts';
import type { Handlers } from '../protocol-handle.ts';

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
 * `import()` the lazily loaded decoder). Only our own background may ask
 * (protocol.ts); every other message reaching this page is not its to answer.
 */
export function startOffscreen(): void {
  handle<'background'>(offscreenHandlers);
  // The background opens this document ahead of the first QR code (prepareDecoder).
  void prepareImageDecoder();
}

/** The offscreen document's side of the message table. */
export const offscreenHandlers: Handlers<'background'> = {
  'offscreen:clear-clipboard': ({ afterMs }) => {
    // A later copy restarts the wait: its code gets its full time.
    clearTimeout(timer);
    timer = setTimeout(wipeClipboard, afterMs);
    return Promise.resolve<true>(true);
  },
  'offscreen:decode': async ({ images }) => (await Promise.all(images.map(decodeImageUrl))).flat(),
};

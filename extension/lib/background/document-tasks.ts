import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import { decodeImageUrl } from '../decode-image.ts';
import type { OffscreenRequest } from '../messages.ts';

/**
 * Work that needs a document. Chrome's background is a service worker:
 * it hands the work to an offscreen document. Firefox's background is a
 * page: it does the work itself.
 */
type Offscreen = typeof Browser.offscreen;

// Only Chrome has the offscreen API (and only with the 'offscreen' permission).
const offscreen = (browser as { offscreen?: Offscreen }).offscreen;
let creating: Promise<void> | undefined;

async function askOffscreen<T>(api: Offscreen, request: OffscreenRequest): Promise<T> {
  if (!(await api.hasDocument())) {
    creating ??= api
      .createDocument({
        url: '/offscreen.html',
        reasons: ['CLIPBOARD', 'BLOBS'],
        justification: 'Wipe a copied code from the clipboard; read QR codes from page images',
      })
      .finally(() => (creating = undefined));
    await creating;
  }
  return browser.runtime.sendMessage<OffscreenRequest, T>(request);
}

/** The texts of the QR codes in the images (data: or same-site URLs). */
export async function decodeImages(images: string[]): Promise<string[]> {
  if (offscreen) return askOffscreen<string[]>(offscreen, { type: 'offscreen:decode', images });
  return (await Promise.all(images.map(decodeImageUrl))).flat();
}

/** Wipes the clipboard `afterMs` from now, also when the popup that copied has long closed. */
export async function clearClipboardLater(afterMs: number): Promise<void> {
  if (offscreen) {
    await askOffscreen(offscreen, { type: 'offscreen:clear-clipboard', afterMs });
    return;
  }
  setTimeout(() => void navigator.clipboard.writeText(''), afterMs);
}

import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import { decodeImageUrl, prepareImageDecoder } from '../decode-image.ts';
import { isRefusal, send } from '../protocol.ts';
import type { AnswerOf, MessageFrom, Refusal, RequestOf } from '../protocol.ts';

/**
 * Work that needs a document. Chrome's background is a service worker:
 * it hands the work to an offscreen document. Firefox's background is a
 * page: it does the work itself.
 */
type Offscreen = typeof Browser.offscreen;

// Only Chrome has the offscreen API (and only with the 'offscreen' permission).
const offscreen = (browser as { offscreen?: Offscreen }).offscreen;
let creating: Promise<void> | undefined;

type OffscreenMessage = MessageFrom<'background'>;

/** Creates the offscreen document unless it is open (it loads the QR decoder as it starts). */
async function openOffscreen(api: Offscreen): Promise<void> {
  if (await api.hasDocument()) return;
  creating ??= api
    .createDocument({
      url: '/offscreen.html',
      reasons: ['CLIPBOARD', 'BLOBS'],
      justification: 'Wipe a copied code from the clipboard; read QR codes from page images',
    })
    .finally(() => (creating = undefined));
  await creating;
}

async function askOffscreen<T extends OffscreenMessage>(
  api: Offscreen,
  type: T,
  request: RequestOf<T>,
): Promise<AnswerOf<T>> {
  await openOffscreen(api);
  return sendWhenListening(type, request);
}

/** How long the offscreen page may take to load its script after it is created. */
const LISTEN_TRIES = 40;
const LISTEN_PAUSE_MS = 50;

/**
 * A new offscreen document answers only once its module script has run: a
 * message sent before that finds no listener (an error, or no answer when
 * another extension page is open). Every offscreen answer is a value, so ask
 * again until one comes; both requests are safe to repeat.
 */
async function sendWhenListening<T extends OffscreenMessage>(
  type: T,
  request: RequestOf<T>,
): Promise<AnswerOf<T>> {
  for (let attempt = 1; ; attempt++) {
    let answer: AnswerOf<T> | Refusal | undefined;
    try {
      answer = await send(type, request);
    } catch (error) {
      if (attempt >= LISTEN_TRIES) throw error;
    }
    if (isRefusal(answer))
      throw new Error(`Havencode: the offscreen document refused '${type}' (${answer.refused})`);
    if (answer !== undefined) return answer;
    if (attempt >= LISTEN_TRIES) throw new Error('the offscreen document did not answer');
    await new Promise((resume) => setTimeout(resume, LISTEN_PAUSE_MS));
  }
}

/**
 * Gets the QR decoder ready while a site's page is being set up: opening the
 * offscreen document and compiling zxing's wasm take longer than decoding,
 * and would otherwise delay the first QR code's offer.
 */
export async function prepareDecoder(): Promise<void> {
  if (offscreen) await openOffscreen(offscreen);
  else await prepareImageDecoder();
}

/** The texts of the QR codes in the images (data: or same-site URLs). */
export async function decodeImages(images: string[]): Promise<string[]> {
  if (offscreen) return askOffscreen(offscreen, 'offscreen:decode', { images });
  return (await Promise.all(images.map(decodeImageUrl))).flat();
}

/** Wipes the clipboard `afterMs` from now, also when the popup that copied has long closed. */
export async function clearClipboardLater(afterMs: number): Promise<void> {
  if (offscreen) {
    await askOffscreen(offscreen, 'offscreen:clear-clipboard', { afterMs });
    return;
  }
  setTimeout(() => void navigator.clipboard.writeText(''), afterMs);
}

/**
 * Gathers the pixels of what could be a QR code on the page — img, canvas,
 * inline svg, CSS background — as data URLs for the background to decode.
 * Only gathering happens here: a page's CSP may forbid WebAssembly in a
 * content script, and the page must never see the decoded secret.
 */

/** QR codes are square-ish and big enough to scan. */
const MIN_SIDE = 48;
const MAX_CANDIDATES = 8;

/** Data URLs of the likely QR images, those matching `preferred` selectors first. */
export function collectQrImages(doc: Document, preferred: readonly string[]): string[] {
  const elements = new Set<Element>();
  for (const selector of preferred) doc.querySelectorAll(selector).forEach((e) => elements.add(e));
  doc.querySelectorAll('img, canvas, svg').forEach((e) => elements.add(e));
  const urls: string[] = [];
  for (const element of elements) {
    if (urls.length >= MAX_CANDIDATES) break;
    if (!looksLikeQr(element)) continue;
    const url = toDataUrl(element);
    if (url !== undefined) urls.push(url);
  }
  for (const url of backgroundImages(doc)) {
    if (urls.length >= MAX_CANDIDATES) break;
    urls.push(url);
  }
  return urls;
}

function looksLikeQr(element: Element): boolean {
  const { width, height } = element.getBoundingClientRect();
  return (
    width >= MIN_SIDE &&
    height >= MIN_SIDE &&
    Math.max(width, height) / Math.min(width, height) < 1.5
  );
}

function toDataUrl(element: Element): string | undefined {
  if (element instanceof HTMLCanvasElement) return readCanvas(element);
  if (element instanceof HTMLImageElement) return readImage(element);
  if (element instanceof SVGSVGElement) {
    return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(element))}`;
  }
  return undefined;
}

function readCanvas(canvas: HTMLCanvasElement): string | undefined {
  try {
    return canvas.toDataURL('image/png');
  } catch (error) {
    // A canvas tainted by a cross-origin image can't be read; the popup's
    // 'scan this page' (a screenshot) still can.
    console.warn('Havencode: canvas not readable', error);
    return undefined;
  }
}

function readImage(image: HTMLImageElement): string | undefined {
  if (!image.complete || image.naturalWidth === 0) return undefined;
  if (image.currentSrc.startsWith('data:')) return image.currentSrc;
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth;
  canvas.height = image.naturalHeight;
  canvas.getContext('2d')?.drawImage(image, 0, 0);
  return readCanvas(canvas);
}

/** CSS background images of square-ish elements, as absolute URLs on this page's origin. */
function backgroundImages(doc: Document): string[] {
  const urls: string[] = [];
  for (const element of doc.querySelectorAll<HTMLElement>('div, span, a, section, figure')) {
    const image = getComputedStyle(element).backgroundImage;
    const match = /url\(["']?([^"')]+)["']?\)/.exec(image);
    if (!match?.[1] || !looksLikeQr(element)) continue;
    const url = new URL(match[1], doc.baseURI);
    if (url.protocol === 'data:' || url.origin === doc.location.origin) urls.push(url.href);
  }
  return urls;
}

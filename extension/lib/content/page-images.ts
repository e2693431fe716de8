/**
 * Finds what could be a QR code on the page — img (also data: and SVG
 * images, transparent ones), canvas, inline svg, CSS backgrounds, also in
 * open shadow roots — and redraws each as PNG data URLs for the background
 * to decode: on white with a margin (a code drawn without its quiet zone,
 * or on transparency, reads like any other) and mirrored as well. Only
 * gathering happens here: a page's CSP may forbid WebAssembly in a content
 * script, and the page must never see the decoded secret.
 */

/** QR codes are square-ish and big enough to scan. */
const MIN_SIDE = 48;
const MAX_SIDE_PX = 1200;
const MIN_SIDE_PX = 240;
/** Elements that may carry a QR code as their CSS background. */
const BACKGROUND_HOSTS = 'div, span, a, figure, section, i, p, td, button';

/** A subtree to look for QR codes in. */
export type QrScope = Document | ShadowRoot | Element;

/**
 * Every element of `scope` (itself included) and of the open shadow roots
 * within it that could show a QR code; `onShadowRoot` hears of each root met.
 */
export function collectQrCandidates(
  scope: QrScope,
  onShadowRoot: (root: ShadowRoot) => void = () => undefined,
): Element[] {
  const found: Element[] = [];
  const consider = (element: Element) => {
    const name = element.localName;
    if (name === 'svg' && element.parentElement?.closest('svg')) return;
    const pictured = name === 'img' || name === 'canvas' || name === 'svg';
    if (!pictured && !element.matches(BACKGROUND_HOSTS)) return;
    // Style before layout: most boxes have no background image to measure.
    if (!pictured && backgroundUrl(element) === undefined) return;
    if (looksLikeQr(element)) found.push(element);
  };
  const visit = (root: QrScope) => {
    if (root.nodeType === Node.ELEMENT_NODE) consider(root as Element);
    // One walk: pictures, square-ish boxes with a background, and shadow roots.
    const doc = root.ownerDocument ?? root;
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const element = node as Element;
      consider(element);
      if (element.shadowRoot !== null) {
        onShadowRoot(element.shadowRoot);
        visit(element.shadowRoot);
      }
    }
  };
  visit(scope);
  return found;
}

function looksLikeQr(element: Element): boolean {
  if (element.localName === 'havencode-inline') return false;
  const { width, height } = element.getBoundingClientRect();
  return (
    width >= MIN_SIDE &&
    height >= MIN_SIDE &&
    Math.max(width, height) / Math.min(width, height) < 1.5
  );
}

function backgroundUrl(element: Element): string | undefined {
  const image = getComputedStyle(element).backgroundImage;
  const match = /url\(["']?([^"')]+)["']?\)/.exec(image);
  return match?.[1];
}

/** A string that changes when what the element shows changes (a new src, a redraw). */
export function describeQrSource(element: Element): string {
  if (element instanceof HTMLImageElement) return `img:${element.currentSrc}`;
  if (element instanceof HTMLCanvasElement) return `canvas:${element.width}x${element.height}`;
  if (element.localName === 'svg') return `svg:${element.innerHTML.length}`;
  return `bg:${backgroundUrl(element) ?? ''}`;
}

/** The element's picture as an image to draw, once loaded; undefined when there is none. */
async function loadPicture(element: Element): Promise<CanvasImageSource | undefined> {
  if (element instanceof HTMLCanvasElement) return element;
  // Shown already: drawn as it is, not loaded and decoded a second time.
  if (element instanceof HTMLImageElement && element.complete && element.naturalWidth > 0)
    return element;
  let url: string | undefined;
  if (element instanceof HTMLImageElement) url = element.currentSrc || element.src;
  else if (element.localName === 'svg') url = svgDataUrl(element as SVGSVGElement);
  else {
    const found = backgroundUrl(element);
    url = found === undefined ? undefined : new URL(found, document.baseURI).href;
  }
  if (url === undefined || url === '') return undefined;
  const image = new Image();
  image.src = url;
  try {
    await image.decode();
  } catch (error) {
    console.warn('Havencode: image not readable', error);
    return undefined;
  }
  return image;
}

/** An inline svg as a standalone SVG image, at the size it is shown. */
function svgDataUrl(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const { width, height } = svg.getBoundingClientRect();
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(Math.round(width)));
  copy.setAttribute('height', String(Math.round(height)));
  const text = new XMLSerializer().serializeToString(copy);
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
}

function sizeOf(picture: CanvasImageSource, element: Element): number {
  const rect = element.getBoundingClientRect();
  const natural =
    picture instanceof HTMLImageElement
      ? Math.max(picture.naturalWidth, picture.naturalHeight)
      : picture instanceof HTMLCanvasElement
        ? Math.max(picture.width, picture.height)
        : 0;
  const side = Math.max(natural, rect.width * devicePixelRatio, MIN_SIDE_PX);
  return Math.min(Math.round(side), MAX_SIDE_PX);
}

/**
 * The element drawn on white with a margin, as it is and mirrored: PNG data
 * URLs, or an empty list when it can't be read (a canvas tainted by a
 * cross-origin image; the popup's 'scan this page' still sees it).
 */
export async function drawQrCandidate(element: Element): Promise<string[]> {
  const picture = await loadPicture(element);
  if (picture === undefined) return [];
  const rect = element.getBoundingClientRect();
  const side = sizeOf(picture, element);
  const height = Math.round((side * rect.height) / Math.max(rect.width, 1)) || side;
  const margin = Math.round(side / 8);
  const draw = (mirrored: boolean) => {
    const canvas = document.createElement('canvas');
    canvas.width = side + 2 * margin;
    canvas.height = height + 2 * margin;
    const context = canvas.getContext('2d');
    if (context === null) return undefined;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    if (mirrored) {
      context.translate(canvas.width, 0);
      context.scale(-1, 1);
    }
    context.imageSmoothingEnabled = false;
    context.drawImage(picture, margin, margin, side, height);
    return canvas.toDataURL('image/png');
  };
  try {
    return [draw(false), draw(true)].filter((url): url is string => url !== undefined);
  } catch (error) {
    console.warn('Havencode: QR candidate not readable', error);
    return [];
  }
}

/**
 * Havencode's few words on a site's page: a button beside the code field or
 * the QR code, and a short note. They live in a closed shadow root so the
 * page's scripts can't read or click into them. The page can still restyle
 * or move the host element and fake events, so a button acts only on a
 * click that visible-click.ts accepts, and nothing here ever moves the
 * keyboard focus: the page's field keeps it.
 */
import type { InlineLook } from './inline-look.ts';
import { guardClicks } from './visible-click.ts';

/** The mark and styles; the background sends them at start (`page:setup`). */
let look: InlineLook = { mark: '', hostStyle: '', style: '' };

/** Sets the look of every button and note. */
export function setInlineLook(value: InlineLook): void {
  look = value;
}

/** Pixels between the anchor and our box. */
const GAP = 12;

/** A mounted piece of inline UI; `remove()` takes it off the page. */
export interface InlineUi {
  remove: () => void;
}

/** Our element for the page, holding `content` in a closed shadow root. */
function createHost(content: HTMLElement): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement('havencode-inline');
  host.setAttribute('style', look.hostStyle);
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = look.style;
  root.append(style, content);
  return { host, root };
}

/** Puts `host` on the page beside `anchor` and keeps it there; resolves to its removal. */
function mount(anchor: Element, host: HTMLElement, onMove: () => void = () => undefined) {
  let last = '';
  const place = () => {
    const spot = placeBeside(anchor.getBoundingClientRect(), host.getBoundingClientRect());
    const next = `${spot.top},${spot.left}`;
    if (next === last) return;
    last = next;
    host.style.setProperty('top', `${spot.top}px`, 'important');
    host.style.setProperty('left', `${spot.left}px`, 'important');
    onMove();
  };
  document.documentElement.append(host);
  place();
  window.addEventListener('scroll', place, true);
  window.addEventListener('resize', place);
  return () => {
    window.removeEventListener('scroll', place, true);
    window.removeEventListener('resize', place);
    host.remove();
  };
}

/**
 * Right of the anchor, centred on it, so the site's own text (C-point's
 * 'Kan je niet scannen? …' under the QR code) stays readable; left of it
 * when the window is too narrow. On a phone-wide window: over the lower
 * edge of a picture as big as a QR code (an image, not the site's words),
 * else below the anchor.
 */
function placeBeside(anchor: DOMRect, box: DOMRect): { top: number; left: number } {
  const clampTop = (top: number) => Math.max(4, Math.min(top, innerHeight - box.height - 4));
  const clampLeft = (left: number) => Math.max(4, Math.min(left, innerWidth - box.width - 4));
  const top = clampTop(anchor.top + (anchor.height - box.height) / 2);
  if (anchor.right + GAP + box.width <= innerWidth - 4) return { top, left: anchor.right + GAP };
  if (anchor.left - GAP - box.width >= 4) return { top, left: anchor.left - GAP - box.width };
  if (anchor.height >= 3 * box.height) {
    return {
      top: clampTop(anchor.bottom - box.height - GAP),
      left: clampLeft(anchor.left + (anchor.width - box.width) / 2),
    };
  }
  return { top: clampTop(anchor.bottom + 4), left: clampLeft(anchor.left) };
}

/** Havencode's mark, so the user knows whose button this is. */
function mark(): HTMLImageElement {
  const image = document.createElement('img');
  image.src = look.mark;
  image.alt = '';
  return image;
}

/** A button beside `anchor`, e.g. 'Vul code in' or 'Toevoegen aan Havencode'. */
export function showInlineButton(anchor: Element, label: string, onClick: () => void): InlineUi {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'box';
  button.append(mark(), label);
  const { host, root } = createHost(button);
  const guard = guardClicks(host, root, button);
  const remove = mount(anchor, host, guard.moved);
  // A mouse click would focus the button: the page's field keeps the focus instead.
  button.addEventListener('mousedown', (event) => event.preventDefault());
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    if (guard.accepts(event)) onClick();
  });
  return {
    remove: () => {
      guard.stop();
      remove();
    },
  };
}

/** A short message beside `anchor` that goes away by itself. */
export function showInlineNote(anchor: Element, text: string, ms = 4000): void {
  const note = document.createElement('p');
  note.className = 'box';
  note.setAttribute('role', 'status');
  note.append(mark(), text);
  setTimeout(mount(anchor, createHost(note).host), ms);
}

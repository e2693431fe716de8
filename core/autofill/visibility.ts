/** Input types that can take typed text; everything else is never a code field. */
const TEXT_TYPES = new Set(['text', 'tel', 'number', 'password', 'email', 'search']);

// Below this, a field is as good as invisible: a page that hides a field this
// way is hiding it from the user, not showing it.
const MIN_OPACITY = 0.1;
const MIN_SIDE_PX = 4;

/** The parent in the flat tree: slot, parent element, or the shadow host. */
function flatParent(element: Element): Element | null {
  if (element.assignedSlot !== null) return element.assignedSlot;
  if (element.parentElement !== null) return element.parentElement;
  // A shadow root; checked by shape because frames have their own ShadowRoot class.
  const root = element.parentNode;
  return root !== null && root.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in root
    ? (root as ShadowRoot).host
    : null;
}

function isTransparent(element: Element, view: Window): boolean {
  let opacity = 1;
  for (let node: Element | null = element; node !== null; node = flatParent(node)) {
    opacity *= Number(view.getComputedStyle(node).opacity);
    if (opacity < MIN_OPACITY) return true;
  }
  return false;
}

function isClipped(style: CSSStyleDeclaration): boolean {
  return style.clip === 'rect(0px, 0px, 0px, 0px)' || style.clipPath === 'inset(50%)';
}

/** True when the user can see `element`: rendered, big enough, not transparent, on the page. */
export function isVisibleElement(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  if (view === null || !element.isConnected) return false;
  // No box at all: display:none here or on an ancestor, a closed <details>, …
  if (element.getClientRects().length === 0) return false;
  const style = view.getComputedStyle(element);
  if (style.visibility !== 'visible' || isClipped(style)) return false;
  const rect = element.getBoundingClientRect();
  if (rect.width < MIN_SIDE_PX || rect.height < MIN_SIDE_PX) return false;
  const page = element.ownerDocument.documentElement;
  const left = rect.left + view.scrollX;
  const top = rect.top + view.scrollY;
  if (left + rect.width <= 0 || top + rect.height <= 0) return false;
  if (left >= Math.max(page.scrollWidth, view.innerWidth)) return false;
  if (top >= Math.max(page.scrollHeight, view.innerHeight)) return false;
  return !isTransparent(element, view);
}

/** True when `input` is a visible, enabled, editable text field that autofill may touch. */
export function isFillable(input: HTMLInputElement): boolean {
  if (!TEXT_TYPES.has(input.type)) return false;
  if (input.readOnly || input.matches(':disabled') || input.closest('[inert]') !== null) {
    return false;
  }
  return isVisibleElement(input);
}

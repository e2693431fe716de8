import type { QrScope } from './page-images.ts';

/** The img, canvas and svg elements at and below `element`: what a changed attribute may reveal. */
function revealed(element: Element): Element[] {
  if (['img', 'canvas', 'svg'].includes(element.localName)) return [element];
  return ['img', 'canvas', 'svg']
    .flatMap((tag) => [...element.getElementsByTagName(tag)])
    .slice(0, 16);
}

/**
 * Runs `scan` on the whole page now and then, at most once per frame, on
 * what changed: added subtrees, elements whose attributes changed, images
 * that finished loading, also inside open shadow roots.
 */
export function watchPage(
  scan: (scope: QrScope, onShadowRoot: (root: ShadowRoot) => void) => void,
): void {
  const changed = new Set<QrScope>();
  let pending = false;
  const options = {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['src', 'srcset', 'style', 'class', 'hidden', 'width', 'height', 'd'],
  };
  const observed = new WeakSet<Node>();
  const observe = (root: Document | ShadowRoot) => {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root, options);
  };
  const flush = () => {
    pending = false;
    const scopes = [...changed].filter((scope) => scope.isConnected);
    changed.clear();
    for (const scope of scopes) scan(scope, observe);
  };
  const request = (scope: QrScope) => {
    changed.add(scope);
    if (pending) return;
    pending = true;
    requestAnimationFrame(flush);
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      // A changed attribute (an animation's class or style) may reveal a
      // picture: look at the pictures alone, not at every box's style, which
      // would make the browser restyle the page at every frame.
      if (record.type === 'attributes') revealed(record.target as Element).forEach(request);
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE) request(node as Element);
      }
    }
  });
  observe(document);
  document.addEventListener(
    'load',
    (event) => {
      if (event.target instanceof Element) request(event.target);
    },
    true,
  );
  scan(document, observe);
}

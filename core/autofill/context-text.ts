import { normalizeText } from './field-rules.ts';

/** Elements whose text says nothing about the field: links and buttons lead elsewhere. */
const SKIPPED = new Set([
  'a',
  'button',
  'script',
  'style',
  'noscript',
  'template',
  'select',
  'option',
  'textarea',
  'nav',
  'footer',
  'aside',
  'svg',
  'canvas',
  'img',
  'havencode-inline',
]);

const MAX_TEXT = 4000;

function isHiddenByMarkup(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = (element as HTMLElement).style as CSSStyleDeclaration | undefined;
  return style?.display === 'none';
}

/** A `<label>` (or captioned wrapper) that belongs to another field than `own`. */
function labelsAnotherField(element: Element, own: ReadonlySet<Element>): boolean {
  if (element.localName !== 'label') return false;
  const control = (element as HTMLLabelElement).control;
  return control !== null && !own.has(control);
}

/**
 * The visible words of `root` that may describe the fields in `own`: no
 * links, buttons, navigation, hidden parts, other fields' labels, nor other
 * forms than `form`.
 */
function gatherText(root: Node, own: ReadonlySet<Element>, form: Element | null): string {
  const doc = root.ownerDocument ?? (root as Document);
  const parts: string[] = [];
  let length = 0;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const element = node as Element;
      if (SKIPPED.has(element.localName) || isHiddenByMarkup(element)) {
        return NodeFilter.FILTER_REJECT;
      }
      if (element.localName === 'form' && element !== form) return NodeFilter.FILTER_REJECT;
      if (labelsAnotherField(element, own)) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_SKIP;
    },
  });
  for (let node = walker.nextNode(); node !== null && length < MAX_TEXT; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    if (text.trim() === '') continue;
    parts.push(text);
    length += text.length;
  }
  return parts.join(' ');
}

/**
 * The words around a code field (or a row of boxes), normalised: the
 * document's title and the text of the tree the field lives in, without the
 * parts that describe something else. A field in an open shadow root also
 * gets its host page's words.
 */
export function readContextText(fields: readonly Element[]): string {
  const first = fields[0];
  if (first === undefined) return '';
  const own = new Set<Element>(fields);
  const form = first.closest('form');
  const parts: string[] = [];
  for (let root = first.getRootNode(); ;) {
    if (root.nodeType === Node.DOCUMENT_NODE) {
      const doc = root as Document;
      parts.push(doc.title);
      if (doc.body !== null) parts.push(gatherText(doc.body, own, form));
      break;
    }
    if (!('host' in root)) break;
    parts.push(gatherText(root, own, form));
    root = (root as ShadowRoot).host.getRootNode();
  }
  return normalizeText(parts.join(' \n '));
}

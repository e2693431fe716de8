import { findSetupKey, isVisibleElement, mentionsSetupKey } from '../../../core/autofill/index.ts';

/** A page can't make us read forever: this many text nodes at most. */
const MAX_TEXTS = 2000;
/** How far up from the key its explaining words may be. */
const CONTEXT_LEVELS = 3;

/**
 * The set-up key shown as text on the page ("Kan je niet scannen? Geef
 * deze sleutel in: JBSW Y3DP …"): the visible element holding one base32
 * key, with words nearby saying it is to be entered by hand (`words`:
 * ContextWords' `setupKey`). Undefined when there is none, or more than one.
 */
export function findSetupKeyText(
  root: Document,
  words: readonly string[],
): { element: Element; key: string } | undefined {
  const walker = root.createTreeWalker(root.body ?? root.documentElement, NodeFilter.SHOW_TEXT);
  const found = new Map<string, Element>();
  for (let n = 0, node = walker.nextNode(); node && n < MAX_TEXTS; n++, node = walker.nextNode()) {
    const element = node.parentElement;
    if (!element || !/[A-Z2-7]{4}/.test(node.nodeValue ?? '')) continue;
    const key = findSetupKey(element.textContent ?? '');
    if (key === undefined || found.has(key) || !isVisibleElement(element)) continue;
    if (mentionsSetupKey(contextOf(element), words)) found.set(key, element);
  }
  const [first, ...more] = found;
  return first && more.length === 0 ? { key: first[0], element: first[1] } : undefined;
}

/** The text around `element`: its ancestors' a few levels up, bounded. */
function contextOf(element: Element): string {
  let at = element;
  for (let i = 0; i < CONTEXT_LEVELS && at.parentElement && at.parentElement !== document.body; i++)
    at = at.parentElement;
  return (at.textContent ?? '').slice(0, 2000);
}

import { normalizeText, splitIdentifier, type FieldHints } from './field-rules.ts';

function textOf(node: Node | null): string {
  return node?.textContent ?? '';
}

/** The text of the elements named by `aria-labelledby`, looked up in the field's own tree. */
function readLabelledBy(element: Element): string {
  const ids = element.getAttribute('aria-labelledby');
  if (ids === null) return '';
  const root = element.getRootNode() as Document | ShadowRoot;
  return ids
    .split(/\s+/)
    .map((id) => textOf(root.getElementById(id)))
    .join(' ');
}

const MAX_CAPTION = 80;

function holdsField(node: Node): boolean {
  return (
    node.nodeType === Node.ELEMENT_NODE &&
    ((node as Element).localName === 'input' ||
      (node as Element).querySelector('input, select, textarea') !== null)
  );
}

/**
 * A plain-text caption in front of the field: the nearest short text before
 * it within three levels ('<td>Gebruikersnaam:</td><td><input></td>',
 * '<span>Wachtwoord</span><input>'). Stops at another field, whose caption
 * that text would be.
 */
export function readCaption(input: Element): string {
  let node: Node = input;
  for (let level = 0; level < 3 && node.parentNode !== null; level++) {
    for (let before = node.previousSibling; before !== null; before = before.previousSibling) {
      if (holdsField(before)) return '';
      if (before.nodeType === Node.ELEMENT_NODE && (before as Element).localName === 'script') {
        continue;
      }
      const text = textOf(before).trim();
      if (text !== '') return text.length <= MAX_CAPTION ? text : '';
    }
    node = node.parentNode;
    if ((node as Element).localName === 'form') break;
  }
  return '';
}

/** The field's own label: `<label>`s, aria-labelledby, aria-label, then a caption before it. */
function readLabel(input: HTMLInputElement): string {
  const labels = Array.from(input.labels ?? [], (label) => textOf(label)).join(' ');
  if (labels.trim() !== '') return labels;
  const labelledBy = readLabelledBy(input);
  if (labelledBy.trim() !== '') return labelledBy;
  const aria = input.getAttribute('aria-label') ?? '';
  if (aria.trim() !== '') return aria;
  return readCaption(input);
}

/** Gathers what the page says about `input` (collecting only; nothing is changed). */
export function readFieldHints(input: HTMLInputElement): FieldHints {
  const label = normalizeText(readLabel(input));
  const parts = [
    label,
    input.getAttribute('aria-label') ?? '',
    readLabelledBy(input),
    input.placeholder,
    input.title,
    splitIdentifier(input.name),
    splitIdentifier(input.id),
  ];
  return {
    label,
    text: normalizeText(parts.join(' ')),
    type: input.type,
    autocomplete: (input.getAttribute('autocomplete') ?? '').toLowerCase(),
    inputMode: input.inputMode.toLowerCase(),
    pattern: input.pattern,
    maxLength: input.maxLength,
  };
}

/** Words around a group of boxes: the container's aria-label(ledby), a fieldset legend, a caption. */
export function readGroupContext(container: Element): string {
  const legend = container.closest('fieldset')?.querySelector('legend') ?? null;
  const parts = [
    container.getAttribute('aria-label') ?? '',
    readLabelledBy(container),
    textOf(legend),
    readCaption(container),
  ];
  return normalizeText(parts.join(' '));
}

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

/** The field's own label: `<label>`s, then aria-labelledby, then aria-label. */
function readLabel(input: HTMLInputElement): string {
  const labels = Array.from(input.labels ?? [], (label) => textOf(label)).join(' ');
  if (labels.trim() !== '') return labels;
  const labelledBy = readLabelledBy(input);
  if (labelledBy.trim() !== '') return labelledBy;
  return input.getAttribute('aria-label') ?? '';
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

/** Words around a group of boxes: the container's aria-label(ledby) and a fieldset legend. */
export function readGroupContext(container: Element): string {
  const legend = container.closest('fieldset')?.querySelector('legend') ?? null;
  const parts = [
    container.getAttribute('aria-label') ?? '',
    readLabelledBy(container),
    textOf(legend),
  ];
  return normalizeText(parts.join(' '));
}

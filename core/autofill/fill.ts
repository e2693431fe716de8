import { MAX_DIGITS, MIN_DIGITS } from '../otp/digits.ts';
import type { OtpTarget } from './find-fields.ts';
import { isFillable } from './visibility.ts';

/**
 * Sets `value` through the native setter of the field's own realm, so a
 * framework that shadows `value` on the element (React's value tracker) sees
 * a change, then fires the bubbling `input` and `change` events it listens to.
 */
function insertValue(input: HTMLInputElement, value: string): void {
  const view = input.ownerDocument.defaultView;
  if (view === null) return;
  // Reflect.set with a receiver runs the prototype's setter on `input`,
  // skipping any `value` property the page defined on the element itself.
  Reflect.set(view.HTMLInputElement.prototype, 'value', value, input);
  input.dispatchEvent(new view.Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new view.Event('change', { bubbles: true }));
}

/** True when autofill may write into `input` now: fillable and nothing typed in it. */
function canInsert(input: HTMLInputElement): boolean {
  return input.value === '' && isFillable(input);
}

const DIGITS = new RegExp(`^[0-9]{${MIN_DIGITS},${MAX_DIGITS}}$`);

/**
 * Puts `code` into the target (inserting only; the target was found before).
 * Refuses (false) when the code is not 6–10 digits, a field holds text, a field
 * became hidden or read-only, the field is too short, or the boxes do not
 * match the code's length.
 */
export function fillOtp(target: OtpTarget, code: string): boolean {
  if (!DIGITS.test(code)) return false;
  if (target.kind === 'single') {
    const field = target.field;
    if (!canInsert(field) || (field.maxLength >= 0 && field.maxLength < code.length)) return false;
    insertValue(field, code);
    return field.value === code;
  }
  const boxes = target.boxes;
  if (boxes.length !== code.length || !boxes.every(canInsert)) return false;
  // One digit per box, each with its own events, as if typed: split-box
  // widgets move focus and collect digits from their per-box handlers.
  boxes.forEach((box, i) => insertValue(box, code.charAt(i)));
  return boxes.every((box, i) => box.value === code.charAt(i));
}

/** Puts `value` into an empty, fillable username field; false when it holds text or is not fillable. */
export function fillUsername(field: HTMLInputElement, value: string): boolean {
  if (value === '' || !canInsert(field)) return false;
  if (field.maxLength >= 0 && field.maxLength < value.length) return false;
  insertValue(field, value);
  return field.value === value;
}

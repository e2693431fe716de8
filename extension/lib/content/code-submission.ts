import { targetFields } from '../../../core/autofill/index.ts';
import type { OtpTarget } from '../../../core/autofill/index.ts';
import { send } from '../protocol.ts';

/** Per document or shadow root: the code Havencode last filled there, and where. */
const filledIn = new WeakMap<Node, { code: string; fields: readonly HTMLInputElement[] }>();

/**
 * Tells the background when the page submits the form holding the code
 * Havencode just filled into `target`, as long as it still holds that code:
 * the site has then used it, and it must not be filled again (see the
 * background's used-codes.ts). A form sent by script without a submit
 * event goes unseen; the site then refuses a reused code itself.
 */
export function reportSubmission(target: OtpTarget, code: string): void {
  const fields = targetFields(target);
  const root = fields[0]?.getRootNode();
  if (root === undefined) return;
  if (!filledIn.has(root)) root.addEventListener('submit', (event) => onSubmit(root, event), true);
  filledIn.set(root, { code, fields });
}

function onSubmit(root: Node, event: Event): void {
  const filled = filledIn.get(root);
  const form = event.target as Element | null;
  // A form of the frame's own realm: compared by identity, not instanceof.
  if (!filled || !filled.fields.every((field) => field.form === form)) return;
  if (filled.fields.map((field) => field.value).join('') !== filled.code) return;
  filledIn.delete(root);
  void send('code:submitted', { code: filled.code });
}

import { normalizeText } from '../../../core/autofill/index.ts';
import { siteWords } from '../../../core/sites/index.ts';
import type { SiteProfile } from '../../../core/sites/index.ts';
import type { StepNote } from '../protocol-types.ts';
import { send } from '../protocol.ts';

/** The caption of a radio or option: its labels, else the text around it. */
function captionOf(input: HTMLInputElement): string {
  const labels = Array.from(input.labels ?? [], (label) => label.textContent).join(' ');
  return normalizeText(labels || (input.parentElement?.textContent ?? ''));
}

/** Which method a chosen radio names, by the site's words for them. */
function readMethod(form: HTMLFormElement, profile: SiteProfile): StepNote['method'] {
  const app = siteWords(profile, (w) => w.methodApp).map(normalizeText);
  const email = siteWords(profile, (w) => w.methodEmail).map(normalizeText);
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[type=radio]:checked')) {
    const caption = captionOf(radio);
    if (email.some((word) => caption.includes(word))) return 'email';
    if (app.some((word) => caption.includes(word))) return 'app';
  }
  return undefined;
}

/** What the user typed as username in `form`: a visible text field before the password. */
function readUsername(form: HTMLFormElement): string | undefined {
  const password = form.querySelector('input[type=password]');
  if (password === null) return undefined;
  const fields = Array.from(
    form.querySelectorAll<HTMLInputElement>(
      'input[type=text], input[type=email], input:not([type])',
    ),
  ).filter((field) => field.value !== '' && field.compareDocumentPosition(password) & 4);
  return fields.at(-1)?.value;
}

/**
 * On a site whose sign-in has a 'method' step (C-point), notes for the tab
 * what the user submits: the method picked (authenticator or e-mail) and
 * the username typed, so the next page's code field is judged by them.
 */
export function noteSignInSteps(profile: SiteProfile): void {
  document.addEventListener(
    'submit',
    (event) => {
      const form = event.target;
      if (!(form instanceof HTMLFormElement)) return;
      const note: StepNote = {};
      const method = profile.steps.includes('method') ? readMethod(form, profile) : undefined;
      const username = readUsername(form);
      if (method !== undefined) note.method = method;
      if (username !== undefined) note.username = username;
      if (method !== undefined || username !== undefined) void send('step:note', { note });
    },
    true,
  );
}

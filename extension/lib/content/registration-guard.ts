import { normalizeText } from '../../../core/autofill/index.ts';
import { siteWords } from '../../../core/sites/index.ts';
import type { SiteProfile } from '../../../core/sites/index.ts';
import { send } from '../protocol.ts';

/** The start of the page's text: enough to see whose profile it is. */
const pageText = () => document.body.innerText.slice(0, 4000);

/**
 * When the user wipes the authenticator registration on the site ('Wis
 * Authenticator App registratie'), asks the background to offer removing
 * the matching account too; the question is put in Havencode's own window,
 * naming the account, never in the page. Then the site goes on. Only the
 * user's own click counts: a click the page dispatched is left to the site.
 */
export function guardRegistrationRemoval(
  profile: SiteProfile,
): { recheck: () => void } | undefined {
  // The control is known by its words ('Wis Authenticator App registratie'), wherever it is.
  const words = siteWords(profile, (w) => w.resetRegistration).map(normalizeText);
  if (words.length === 0) return undefined;
  const isControl = (element: HTMLElement) =>
    words.includes(normalizeText(element.textContent || (element as HTMLInputElement).value || ''));
  let armed = false;
  const recheck = () =>
    void send('registration:check', { pageText: pageText() }).then((found) => {
      armed = found === true;
    });

  document.addEventListener(
    'click',
    (event) => {
      if (!event.isTrusted || !armed) return;
      const clicked = (event.target as Element | null)?.closest<HTMLElement>(
        'button, a, input[type=submit], input[type=button], [role=button]',
      );
      if (!clicked || !isControl(clicked)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      armed = false;
      void send('registration:remove', { pageText: pageText() }).finally(() =>
        // Our own click is not a trusted one: this listener lets it through to the site.
        clicked.click(),
      );
    },
    true,
  );
  recheck();
  return { recheck };
}

import { normalizeText } from '../../../core/autofill/index.ts';
import { siteWords } from '../../../core/sites/index.ts';
import type { SiteProfile } from '../../../core/sites/index.ts';
import { ask } from './ask.ts';
import type { Say } from './ask.ts';
import { askInline } from './inline-ui.ts';

/** The start of the page's text: enough to see whose profile it is. */
const pageText = () => document.body.innerText.slice(0, 4000);

/**
 * When the user wipes the authenticator registration on the site ('Wis
 * Authenticator App registratie'), offers to remove the matching account
 * from Havencode too (after a yes), then lets the site go on. Only guards
 * while the vault is open and holds that account.
 */
export function guardRegistrationRemoval(
  profile: SiteProfile,
  say: Say,
): { recheck: () => void } | undefined {
  // The control is known by its words ('Wis Authenticator App registratie'), wherever it is.
  const words = siteWords(profile, (w) => w.resetRegistration).map(normalizeText);
  if (words.length === 0) return undefined;
  const isControl = (element: HTMLElement) =>
    words.includes(normalizeText(element.textContent || (element as HTMLInputElement).value || ''));
  let armed = false;
  const recheck = () =>
    void ask<boolean>({ type: 'registration:check', pageText: pageText() }).then((found) => {
      armed = found;
    });

  document.addEventListener(
    'click',
    (event) => {
      const clicked = (event.target as Element | null)?.closest<HTMLElement>(
        'button, a, input[type=submit], input[type=button], [role=button]',
      );
      if (!clicked || !armed || !isControl(clicked)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      armed = false;
      void askInline(
        clicked,
        say('inline.removeAsk', { site: profile.name }),
        say('common.yes'),
        say('common.no'),
      ).then(async (yes) => {
        if (yes) await ask({ type: 'registration:remove', pageText: pageText() });
        clicked.click();
      });
    },
    true,
  );
  recheck();
  return { recheck };
}

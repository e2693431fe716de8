import type { ContextWords } from '../../../core/autofill/index.ts';
import type { SiteProfile } from '../../../core/sites/index.ts';
import { isRefusal, send } from '../protocol.ts';
import type { ContentStrings } from '../protocol-types.ts';
import { setInlineLook } from './inline-ui.ts';

/** A word of the content script in the user's language. */
export type Say = (key: keyof ContentStrings) => string;

/** What the content script starts with. */
export interface PageStart {
  say: Say;
  /** MyCepa's or C-point's profile; undefined on a linked site. */
  profile: SiteProfile | undefined;
  /** The phrases detection reads around a code field. */
  contextWords: ContextWords;
}

/**
 * `say` in the language the user chose in Havencode, else the browser's,
 * this page's site profile and detection's phrases (and the inline UI's
 * look): the background translates the few words shown here and knows the
 * profiles, phrases and look, so the content script carries none of them.
 * Undefined when the background refuses this page (kiosk mode on a site the
 * administrator did not allow).
 */
export async function loadPageStart(): Promise<PageStart | undefined> {
  const setup = await send('page:setup', { languages: [...navigator.languages] });
  if (isRefusal(setup)) return undefined;
  setInlineLook(setup.look);
  return {
    say: (key) => setup.strings[key],
    profile: setup.profile ?? undefined,
    contextWords: setup.contextWords,
  };
}

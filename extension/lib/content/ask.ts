import { isRefusal, send } from '../protocol.ts';
import type { ContentStrings } from '../protocol-types.ts';

/** A word of the content script in the user's language. */
export type Say = (key: keyof ContentStrings) => string;

/**
 * `say` in the language the user chose in Havencode, else the browser's:
 * the background translates the few words shown here, so the content
 * script carries no catalogue. Undefined when the background refuses this
 * page (kiosk mode on a site the administrator did not allow).
 */
export async function loadSay(): Promise<Say | undefined> {
  const strings = await send('strings:get', { languages: [...navigator.languages] });
  return isRefusal(strings) ? undefined : (key) => strings[key];
}

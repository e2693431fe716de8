import { browser } from 'wxt/browser';
import type { StepNote } from '../protocol-types.ts';

/**
 * What the user picked or typed on a sign-in step, per tab, in the
 * extension's session storage (trusted contexts only, gone with the
 * browser): the next page of the same tab reads it. A note older than
 * `MAX_AGE_MS` is stale: the user has moved on.
 */
const MAX_AGE_MS = 3 * 60_000;

// Per tab and site: what was picked on C-point says nothing about MyCepa in the same tab.
function keyFor(tabId: number, origin: string): string {
  return `step:${tabId}:${origin}`;
}

/** Keeps `note` for the tab on `origin`, merged with what its previous steps noted. */
export async function saveStepNote(
  tabId: number,
  origin: string,
  note: StepNote,
  now = Date.now(),
): Promise<void> {
  const previous = await readStepNote(tabId, origin, now);
  const merged: StepNote & { at: number } = { ...previous, ...note, at: now };
  await browser.storage.session.set({ [keyFor(tabId, origin)]: merged });
}

/** The note of the tab on `origin`, or an empty one. */
export async function readStepNote(
  tabId: number,
  origin: string,
  now = Date.now(),
): Promise<StepNote> {
  const key = keyFor(tabId, origin);
  const stored = (await browser.storage.session.get(key))[key] as
    (StepNote & { at: number }) | undefined;
  if (stored === undefined || now - stored.at > MAX_AGE_MS) return {};
  const note: StepNote = {};
  if (stored.method !== undefined) note.method = stored.method;
  if (stored.username !== undefined) note.username = stored.username;
  return note;
}

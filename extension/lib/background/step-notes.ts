import { browser } from 'wxt/browser';
import type { StepNote } from '../messages.ts';

/**
 * What the user picked or typed on a sign-in step, per tab, in the
 * extension's session storage (trusted contexts only, gone with the
 * browser): the next page of the same tab reads it. A note older than
 * `MAX_AGE_MS` is stale: the user has moved on.
 */
const MAX_AGE_MS = 10 * 60_000;

function keyFor(tabId: number): string {
  return `step:${tabId}`;
}

/** Keeps `note` for the tab, merged with what the tab's previous steps noted. */
export async function saveStepNote(tabId: number, note: StepNote, now = Date.now()) {
  const previous = await readStepNote(tabId, now);
  const merged: StepNote & { at: number } = { ...previous, ...note, at: now };
  await browser.storage.session.set({ [keyFor(tabId)]: merged });
}

/** The tab's note, or an empty one. */
export async function readStepNote(tabId: number, now = Date.now()): Promise<StepNote> {
  const key = keyFor(tabId);
  const stored = (await browser.storage.session.get(key))[key] as
    (StepNote & { at: number }) | undefined;
  if (stored === undefined || now - stored.at > MAX_AGE_MS) return {};
  const { at: _at, ...note } = stored;
  return note;
}

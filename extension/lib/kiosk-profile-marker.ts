import { browser } from 'wxt/browser';
import { noteBrowserStart } from './kiosk-policy.ts';

const MARKER_KEY = 'havencode.profileMarker';

/**
 * Has this browser profile ever kept Havencode's data across a browser
 * restart? Kiosk hardening (`ForceEphemeralProfiles`, a profile wiped at
 * logoff) deletes every vault when the worker logs off. An extension cannot
 * read that policy, and a wiped profile looks exactly like a first install,
 * so the only honest test is a marker in storage.local naming the browser
 * session that wrote it: once a later session finds it, the profile keeps
 * data. Until then the kiosk warns before a worker enrols.
 */
export async function profileKeptAcrossRestart(): Promise<boolean> {
  const [started, kept] = await Promise.all([
    noteBrowserStart(),
    browser.storage.local.get(MARKER_KEY),
  ]);
  const marker = kept[MARKER_KEY];
  if (marker === 'kept') return true;
  if (typeof marker === 'number' && marker !== started) {
    await browser.storage.local.set({ [MARKER_KEY]: 'kept' });
    return true;
  }
  if (marker === undefined) await browser.storage.local.set({ [MARKER_KEY]: started });
  return false;
}

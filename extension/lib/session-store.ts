import { browser } from 'wxt/browser';
import { clearKioskDeadline, kioskDeadlinePassed } from './kiosk-deadline.ts';

const KEY = 'havencode.unlocked';

/** The unlocked vault as kept in memory-only session storage. */
export interface StoredSession {
  profileId: string;
  key: Uint8Array;
}

/**
 * The data key of the unlocked vault lives in `storage.session`: memory only,
 * trusted contexts only (content scripts can't read it), gone when the
 * browser closes. So a sleeping service worker wakes up unlocked, while a
 * browser restart locks.
 */
export async function saveSession(profileId: string, key: Uint8Array): Promise<void> {
  await browser.storage.session.set({ [KEY]: { profileId, key: Array.from(key) } });
}

/**
 * The kept session, or undefined when locked. Every context resumes through
 * here, so a kiosk session past its idle deadline is dropped here (and
 * locked for everyone) rather than resumed, whoever asks first.
 */
export async function loadSession(): Promise<StoredSession | undefined> {
  if (await kioskDeadlinePassed()) {
    await clearSession();
    await clearKioskDeadline();
    return undefined;
  }
  const stored = (await browser.storage.session.get(KEY))[KEY] as
    { profileId: string; key: number[] } | undefined;
  return stored && { profileId: stored.profileId, key: Uint8Array.from(stored.key) };
}

/** Forgets the key: every context locks. */
export async function clearSession(): Promise<void> {
  await browser.storage.session.remove(KEY);
}

/** Calls back when the session is kept or forgotten, from any context. */
export function watchSession(onChange: (unlocked: boolean) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'session' && KEY in changes) onChange(changes[KEY]?.newValue !== undefined);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

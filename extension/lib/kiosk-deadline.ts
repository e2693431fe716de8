import { browser } from 'wxt/browser';

const DEADLINE_KEY = 'havencode.kioskDeadline';

/**
 * Kiosk mode's idle deadline (epoch ms), kept in storage.session next to the
 * unlocked session, so that every context that resumes the session checks it:
 * an alarm may fire late (30 s at the earliest for a store-installed
 * extension), and a popup opened meanwhile must not pick the session up.
 */
export async function saveKioskDeadline(deadline: number): Promise<void> {
  await browser.storage.session.set({ [DEADLINE_KEY]: deadline });
}

/** True when a kiosk deadline is set and `now` is at or past it. */
export async function kioskDeadlinePassed(now: number = Date.now()): Promise<boolean> {
  const deadline = (await browser.storage.session.get(DEADLINE_KEY))[DEADLINE_KEY];
  return typeof deadline === 'number' && now >= deadline;
}

/** The vault locked: no deadline left to keep. */
export async function clearKioskDeadline(): Promise<void> {
  await browser.storage.session.remove(DEADLINE_KEY);
}

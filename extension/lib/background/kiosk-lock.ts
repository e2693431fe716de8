import { browser } from 'wxt/browser';
import type { KioskPolicy } from '../../../core/kiosk/policy.ts';

const ALARM = 'havencode-kiosk-idle';
const DEADLINE_KEY = 'havencode.kioskDeadline';

/**
 * Kiosk mode's idle lock. A shared PC has no 'system idle' worth trusting
 * (the next worker is already at the keyboard), so the clock runs from the
 * worker's last use of Havencode: an alarm locks when it runs out, and the
 * deadline is checked again before any code leaves, in case the alarm is late.
 */
export interface KioskLock {
  /** The worker used the vault (unlock, popup activity): the idle time starts again. */
  touch(): Promise<void>;
  /** True when the worker has been idle past the policy's time. */
  expired(now?: number): Promise<boolean>;
  /** The vault locked: nothing left to time. */
  clear(): Promise<void>;
}

/** Kiosk idle locking for `policy`; `lock` is called when the time runs out. */
export function startKioskLock(
  policy: () => Promise<KioskPolicy>,
  lock: () => Promise<void>,
): KioskLock {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void lock();
  });
  return {
    async touch() {
      const { kiosk, idleSeconds } = await policy();
      if (!kiosk) return;
      const deadline = Date.now() + idleSeconds * 1000;
      await browser.storage.session.set({ [DEADLINE_KEY]: deadline });
      await browser.alarms.create(ALARM, { when: deadline });
    },
    async expired(now = Date.now()) {
      const deadline = (await browser.storage.session.get(DEADLINE_KEY))[DEADLINE_KEY] as
        number | undefined;
      return deadline !== undefined && now >= deadline;
    },
    async clear() {
      await browser.storage.session.remove(DEADLINE_KEY);
      await browser.alarms.clear(ALARM);
    },
  };
}

import { browser } from 'wxt/browser';
import type { KioskPolicy } from '../../../core/kiosk/policy.ts';
import { clearKioskDeadline, saveKioskDeadline } from '../kiosk-deadline.ts';

const ALARM = 'havencode-kiosk-idle';

/**
 * Kiosk mode's idle lock. A shared PC has no 'system idle' worth trusting
 * (the next worker is already at the keyboard), so the clock runs from the
 * worker's last use of Havencode: an alarm locks when it runs out, and the
 * deadline is checked again wherever the session is resumed (see
 * session-store's sessionKeeper.load), in case the alarm is late.
 */
export interface KioskLock {
  /** The worker used the vault (unlock, popup activity): the idle time starts again. */
  touch(): Promise<void>;
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
      await saveKioskDeadline(deadline);
      await browser.alarms.create(ALARM, { when: deadline });
    },
    async clear() {
      await clearKioskDeadline();
      await browser.alarms.clear(ALARM);
    },
  };
}

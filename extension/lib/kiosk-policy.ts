import { browser } from 'wxt/browser';
import { parseKioskPolicy, PERSONAL_POLICY } from '../../core/kiosk/policy.ts';
import type { KioskPolicy } from '../../core/kiosk/policy.ts';

/**
 * The administrator's policy from managed storage (Windows registry or
 * /etc/…/policies/managed JSON, per managed_schema.json). A browser without
 * managed storage for us (Firefox without policies, an unmanaged Chrome) is a
 * personal browser: that is a normal absence, not an error.
 */
export async function readKioskPolicy(): Promise<KioskPolicy> {
  try {
    return parseKioskPolicy(await browser.storage.managed.get());
  } catch (error) {
    console.warn('Havencode: no managed policy', error);
    return PERSONAL_POLICY;
  }
}

/** Calls back with the new policy when the administrator changes it (policies load after start). */
export function watchKioskPolicy(onChange: (policy: KioskPolicy) => void): void {
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void readKioskPolicy().then(onChange);
  });
}

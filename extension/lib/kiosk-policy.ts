import { browser } from 'wxt/browser';
import { parseKioskPolicy, PERSONAL_POLICY } from '../../core/kiosk/policy.ts';
import type { KioskPolicy } from '../../core/kiosk/policy.ts';

const STARTED_KEY = 'havencode.browserStartedAt';

/**
 * How long after the browser starts an empty managed storage is not yet
 * believed. Chromium hands an extension its policy a few seconds after it
 * starts (4.7 s in the kiosk tests on a 2-core machine), and until then
 * `storage.managed` is simply empty. A personal browser pays this wait only
 * for a popup opened in the first seconds after the browser starts.
 */
export const POLICY_SETTLE_MS = 12_000;

/**
 * The administrator's policy from managed storage (Windows registry or
 * /etc/…/policies/managed JSON, per managed_schema.json), as it is now. A
 * browser without managed storage for us (Firefox without policies) is a
 * personal browser: that is a normal absence, not an error.
 */
export async function readKioskPolicy(): Promise<KioskPolicy> {
  const raw = await readManaged();
  return raw === undefined ? PERSONAL_POLICY : parseKioskPolicy(raw);
}

/**
 * The policy once it can be trusted: while the browser is young and managed
 * storage still empty, waits for the policy to arrive (or for the settle
 * time to pass) — so a kiosk never shows personal mode, where a PIN vault
 * could be made, in its first seconds.
 */
export async function readSettledPolicy(now: () => number = Date.now): Promise<KioskPolicy> {
  for (;;) {
    const raw = await readManaged();
    if (raw === undefined) return PERSONAL_POLICY;
    if (Object.keys(raw).length > 0) return parseKioskPolicy(raw);
    const left = (await noteBrowserStart(now)) + POLICY_SETTLE_MS - now();
    if (left <= 0) return PERSONAL_POLICY;
    await waitForManagedChange(left);
  }
}

/**
 * Remembers when this browser session started (storage.session is emptied
 * when the browser closes); the background calls it as soon as it runs.
 * Resolves to the start time kept.
 */
export async function noteBrowserStart(now: () => number = Date.now): Promise<number> {
  const kept = (await browser.storage.session.get(STARTED_KEY))[STARTED_KEY];
  if (typeof kept === 'number') return kept;
  const started = now();
  await browser.storage.session.set({ [STARTED_KEY]: started });
  return started;
}

/** Calls back with the new policy when the administrator changes it (policies load after start). */
export function watchKioskPolicy(onChange: (policy: KioskPolicy) => void): void {
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void readKioskPolicy().then(onChange);
  });
}

/** Managed storage, or undefined where the browser has none for us. */
async function readManaged(): Promise<Record<string, unknown> | undefined> {
  try {
    return await browser.storage.managed.get();
  } catch (error) {
    console.warn('Havencode: no managed policy', error);
    return undefined;
  }
}

function waitForManagedChange(ms: number): Promise<void> {
  return new Promise((resume) => {
    const done = () => {
      clearTimeout(timer);
      browser.storage.onChanged.removeListener(listener);
      resume();
    };
    const listener = (_changes: unknown, area: string) => {
      if (area === 'managed') done();
    };
    const timer = setTimeout(done, ms);
    browser.storage.onChanged.addListener(listener);
  });
}

/**
 * Kiosk policy fails closed (issue 13, point 6): the administrator wrote
 * `"kiosk": "yes"`. Chromium drops the wrongly typed value before the
 * extension sees it, so only `idleSeconds` arrives — and that still means a
 * kiosk, with the strictest values, never a personal browser where a PIN
 * vault could be made or exported.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../harness/browser.ts';
import type { TestBrowser } from '../harness/browser.ts';
import { manageExtension } from '../harness/managed-policy.ts';
import type { ManagedExtension } from '../harness/managed-policy.ts';
import { openPopupWatchingForPersonalMode } from './kiosk-helpers.ts';

let managed: ManagedExtension;
let chromium: TestBrowser;

beforeAll(async () => {
  managed = await manageExtension({ kiosk: 'yes', idleSeconds: 60 });
  chromium = await launchBrowser({ extension: managed.dir, lang: 'nl' });
});

afterAll(async () => {
  await chromium?.close();
  await managed?.remove();
});

describe('a malformed kiosk policy', () => {
  it('means kiosk mode, security keys only, from the first moment', async () => {
    const { popup, personalSeen } = await openPopupWatchingForPersonalMode(chromium);
    expect(personalSeen).toBe(false);
    // The strictest values for what the policy left out: no PIN instead of a key.
    expect(await popup.$('[data-testid=profile-pin]')).toBeNull();
  });
});

/**
 * Ephemeral profiles (issue 16) in real Chromium with a managed policy file:
 * a profile that has never kept Havencode's data across a restart (a first
 * start, or a profile wiped at every logoff) shows a warning before a worker
 * enrols; once the same profile starts again with its data, it does not.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../harness/browser.ts';
import type { TestBrowser } from '../harness/browser.ts';
import { manageExtension } from '../harness/managed-policy.ts';
import type { ManagedExtension } from '../harness/managed-policy.ts';

let managed: ManagedExtension;
let profile: string;
let chromium: TestBrowser | undefined;

/** Starts the browser on the kept profile; resolves to whether the lock screen warns. */
async function startAndLook(): Promise<boolean> {
  chromium = await launchBrowser({ extension: managed.dir, lang: 'nl', userDataDir: profile });
  const popup = await chromium.openPopup();
  await popup.waitForSelector('[data-testid=worker-search]', { timeout: 20_000 });
  const warning = await popup.$('[data-testid=ephemeral-warning]');
  const text = await warning?.evaluate((e) => e.textContent);
  await chromium.close();
  chromium = undefined;
  return text?.startsWith('Deze pc wist mogelijk alle gegevens bij afmelden') ?? false;
}

beforeAll(async () => {
  managed = await manageExtension({ kiosk: true });
  profile = await mkdtemp(join(tmpdir(), 'havencode-kept-profile-'));
});

afterAll(async () => {
  await chromium?.close();
  await managed?.remove();
  await rm(profile, { recursive: true, force: true, maxRetries: 3 });
});

describe('a profile that may be wiped at logoff', () => {
  it('warns before enrolment until the profile has kept data across a restart', async () => {
    expect(await startAndLook()).toBe(true);
    // The same profile again, its data kept: no warning.
    expect(await startAndLook()).toBe(false);
  }, 120_000);
});

/**
 * Firefox ESR reads Havencode's kiosk policy from the administrator's
 * policies.json (`3rdparty.Extensions` under the add-on id, README
 * "Deployment that installs the extension"). Firefox's automation may not
 * open a moz-extension:// page itself, so the test goes where a worker goes:
 * C-point's code field, Havencode's button on it, and the window it opens.
 * With the policy that window is the kiosk's lock screen; without it, the
 * personal PIN set-up. Writes /etc/firefox/policies (root, like the
 * Chromium kiosk tests' managed policy).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxWithExtension } from '../harness/firefox.ts';
import { setFirefoxPolicy } from '../harness/firefox-policy.ts';
import { startDemoSites, type DemoSites } from '../sites/server.ts';
import { clickInlineButton } from './extension-helpers.ts';

let sites: DemoSites;

beforeAll(async () => {
  sites = await startDemoSites();
});

afterAll(async () => {
  await sites?.close();
});

/** Opens Havencode's window from the button on C-point's code field; what does it show? */
async function windowFromCodeField(firefox: FirefoxWithExtension) {
  const page = await firefox.browser.newPage();
  await page.goto('https://www.c-point.be/variant/frame');
  await clickInlineButton(page, '#otp');
  const popup = await firefox.waitForExtensionPage('/popup.html?unlock');
  await popup.waitFor('[data-testid=worker-search], [data-testid=setup-pin]');
  const kiosk = await popup.has('[data-testid=worker-search]');
  await page.close();
  return kiosk ? 'kiosk lock screen' : 'PIN set-up';
}

describe('Firefox with a kiosk policy in policies.json', () => {
  let firefox: FirefoxWithExtension;
  let restorePolicy: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    restorePolicy = await setFirefoxPolicy({ kiosk: true, listWorkers: false });
    firefox = await launchFirefox(sites);
  });

  afterAll(async () => {
    await firefox?.close();
    await restorePolicy?.();
  });

  it("shows the workers' lock screen from C-point's code field", async () => {
    expect(await windowFromCodeField(firefox)).toBe('kiosk lock screen');
  });
});

describe('Firefox without policies.json', () => {
  let firefox: FirefoxWithExtension;

  beforeAll(async () => {
    firefox = await launchFirefox(sites);
  });

  afterAll(async () => {
    await firefox?.close();
  });

  it('shows the personal PIN set-up from the same button', async () => {
    expect(await windowFromCodeField(firefox)).toBe('PIN set-up');
  });
});

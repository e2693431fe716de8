import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCode } from '../../core/otp/index.ts';
import { startDemoSites, type DemoSites } from '../sites/server.ts';
import {
  addUri,
  cpointUri,
  launchExtensionBrowser,
  loginCpoint,
  setUpWithPin,
  waitForValue,
  type ExtensionBrowser,
} from './extension-helpers.ts';

// A PC whose clock is off: the site's server runs 95 s (three 30 s steps)
// ahead, beyond its ±1-step window. The extension reads the site's Date
// header and fills the code of the site's time, which the site accepts.
const SECRET = 'JBSWY3DPEHPK3PXP';
const SKEW_MS = 95_000;

let sites: DemoSites;
let ext: ExtensionBrowser;

beforeAll(async () => {
  sites = await startDemoSites({ now: () => Date.now() + SKEW_MS });
  sites.users.addCpointUser({
    username: 'jdevos',
    password: 'Haven2026!',
    email: 'j@example.be',
    totpSecret: SECRET,
  });
  ext = await launchExtensionBrowser({ sites });
  const popup = await ext.openPopup();
  await setUpWithPin(popup);
  await addUri(popup, cpointUri('jdevos', SECRET), 1);
});

afterAll(async () => {
  await ext.dispose();
  await sites.close();
});

describe('clock skew', () => {
  it("fills the code of the site's clock, not the PC's, and the site takes it", async () => {
    const page = await ext.browser.newPage();
    await loginCpoint(page, 'jdevos', 'Haven2026!');
    const code = await waitForValue(page, '#otp', 6);
    const account = {
      type: 'totp',
      issuer: 'C-point',
      account: 'jdevos',
      secret: SECRET,
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
    } as const;
    // The uncorrected code would be refused: it is three steps behind the site.
    expect(code).not.toBe(generateCode(account, { now: Date.now() }));
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    expect(new URL(page.url()).pathname).toBe('/nl/welkom');
  });
});

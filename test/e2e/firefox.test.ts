/**
 * The extension's Firefox build in Firefox ESR: a first-time user starts from
 * C-point's code field, sets up the vault and adds the account in the window
 * Havencode opens, and the field gets the code oathtool computes; nothing is
 * filled on a look-alike host.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxWithExtension } from '../harness/firefox.ts';
import { startDemoSites, type DemoSites } from '../sites/server.ts';
import { runOathtool } from './pwa-helpers.ts';
import {
  clickInlineButton,
  cpointUri,
  DEMO,
  PIN,
  settle,
  waitForValue,
} from './extension-helpers.ts';

let sites: DemoSites;
let firefox: FirefoxWithExtension;

beforeAll(async () => {
  sites = await startDemoSites();
  firefox = await launchFirefox(sites);
});

afterAll(async () => {
  await firefox?.close();
  await sites?.close();
});

describe('extension in Firefox', () => {
  it('first use from the code field: PIN, recovery code, account, and the field gets its code', async () => {
    const page = await firefox.browser.newPage();
    await page.goto('https://www.c-point.be/variant/frame');
    const inline = await page.waitForSelector('havencode-inline');
    expect(await inline!.evaluate((el) => el.shadowRoot === null)).toBe(true);
    await clickInlineButton(page, '#otp');
    const popup = await firefox.waitForExtensionPage('/popup.html?unlock');
    await popup.fill('[data-testid=setup-pin]', PIN);
    await popup.fill('[data-testid=setup-pin-confirm]', PIN);
    await popup.click('[data-testid=setup-submit]');
    // The window stays for the recovery code and the account, then the field fills.
    await popup.click('[data-testid=recovery-done]');
    await popup.click('[data-testid=add-open]');
    await popup.fill('[data-testid=add-uri]', cpointUri(DEMO.cpoint.username, DEMO.cpoint.secret));
    const before = Date.now();
    await popup.click('[data-testid=add-submit]');
    const code = await waitForValue(page, '#otp', 6);
    expect([
      runOathtool(DEMO.cpoint.secret, before),
      runOathtool(DEMO.cpoint.secret, Date.now()),
    ]).toContain(code);
    await page.close();
  });

  it('fills nothing on a look-alike host', async () => {
    const page = await firefox.browser.newPage();
    await page.goto('https://www.c-point.be.example.test/variant/frame');
    await settle(page, 1500);
    expect(await page.$('havencode-inline')).toBeNull();
    expect(await page.$eval('#otp', (el) => (el as HTMLInputElement).value)).toBe('');
    await page.close();
  });
});

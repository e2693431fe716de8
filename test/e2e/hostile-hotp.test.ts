/**
 * Issue 13, point 3: a script on C-point keeps putting new code fields on
 * the page and reads what Havencode fills in. Each HOTP code handed out is
 * one the attacker can use later, so none may leave without the user's
 * click on Havencode's button, and at most one per page load.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoSites, type DemoSites } from '../sites/server.ts';
import {
  addUri,
  clickInlineButton,
  launchExtensionBrowser,
  settle,
  setUpWithPin,
  type ExtensionBrowser,
} from './extension-helpers.ts';

const HOTP =
  'otpauth://hotp/C-point:jdevos?secret=JBSWY3DPEHPK3PXPJBSWY3DP&issuer=C-point&counter=0';

let sites: DemoSites;
let ext: ExtensionBrowser;

beforeAll(async () => {
  sites = await startDemoSites();
  ext = await launchExtensionBrowser({ sites });
  const popup = await ext.openPopup();
  await setUpWithPin(popup);
  await addUri(popup, HOTP);
  await popup.close();
});

afterAll(async () => {
  await ext.dispose();
  await sites.close();
});

/** The hostile script: `rounds` times, a fresh code field, and whatever got filled into the last one. */
function harvest(rounds: number): Promise<string[]> {
  const codes: string[] = [];
  return new Promise((done) => {
    let round = 0;
    const timer = setInterval(() => {
      const field = document.querySelector<HTMLInputElement>('#otp')!;
      if (field.value) codes.push(field.value);
      if (++round > rounds) {
        clearInterval(timer);
        done(codes);
        return;
      }
      const fresh = field.cloneNode() as HTMLInputElement;
      fresh.value = '';
      field.replaceWith(fresh);
    }, 250);
  });
}

async function codesFilled(page: Page, rounds: number): Promise<string[]> {
  return page.evaluate(harvest, rounds);
}

describe('a hostile script on C-point with an HOTP account in the vault', () => {
  it('harvests no code by itself, and one per page load after the user’s click', async () => {
    const page = await ext.browser.newPage();
    await page.goto('https://www.c-point.be/variant/frame');
    await settle(page, 500);
    expect(await codesFilled(page, 12)).toEqual([]);

    // The user clicks Havencode's button: one code, in the field.
    await clickInlineButton(page, '#otp');
    await page.waitForFunction(
      () => document.querySelector<HTMLInputElement>('#otp')?.value.length === 6,
    );
    const given = await page.$eval('#otp', (e) => (e as HTMLInputElement).value);
    expect(given).toMatch(/^\d{6}$/);

    // The page asks again and again, and once more offers the button to the user.
    const after = await codesFilled(page, 12);
    expect(new Set(after)).toEqual(new Set([given]));
    await clickInlineButton(page, '#otp');
    await settle(page, 1000);
    expect(await page.$eval('#otp', (e) => (e as HTMLInputElement).value)).toBe('');
    await page.close();
  });
});

import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoSites } from '../sites/server.ts';
import {
  recentCodes,
  settle,
  waitForValue,
  type ExtensionBrowser,
  DEMO,
  startUnlockedWithDemoAccounts,
} from './extension-helpers.ts';

// Every page where a code must not go, with the vault unlocked and an
// account for each site: the extension must leave all of them alone.
const CPOINT_SECRET = DEMO.cpoint.secret;

let sites: DemoSites;
let ext: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  ({ sites, ext } = await startUnlockedWithDemoAccounts());
  page = await ext.browser.newPage();
});

afterAll(async () => {
  await ext.dispose();
  await sites.close();
});

function values(frame: Frame | Page, selector: string): Promise<string[]> {
  return frame.$$eval(selector, (inputs) => inputs.map((i) => (i as HTMLInputElement).value));
}

/** Opens `url`, gives the extension time to act, and returns every input's value on the page. */
async function openAndWait(url: string): Promise<string[]> {
  await page.goto(url);
  await settle(page);
  return values(page, 'input:not([type=hidden]):not([type=radio])');
}

describe('look-alike hosts and plain http', () => {
  it.each([
    'https://my-cepa.be/',
    'http://my.cepa.be/',
    'https://www.c-point.be.example.test/variant/frame',
    'http://www.c-point.be/variant/frame',
  ])('fills nothing on %s', async (url) => {
    const found = await openAndWait(url);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((value) => value === '')).toBe(true);
    expect(await page.$('havencode-inline')).toBeNull();
  });
});

describe('on the real sites', () => {
  it('fills nothing in a frame from another origin', async () => {
    await page.goto('https://www.c-point.be/variant/iframe-cross');
    const frame = await (await page.waitForSelector('iframe'))!.contentFrame();
    await frame.waitForSelector('#otp');
    await settle(page);
    expect(await values(frame, '#otp')).toEqual(['']);
  });

  it('skips the hidden decoys and fills the visible field', async () => {
    await page.goto('https://www.c-point.be/variant/decoy');
    const filled = await waitForValue(page, '#otp', 6);
    expect(recentCodes(CPOINT_SECRET)).toContain(filled);
    expect(await values(page, 'input.decoy')).toEqual(['', '', '', '']);
  });

  it('fills nothing in the e-mail code field', async () => {
    await page.goto('https://www.c-point.be/nl/login');
    await page.type('#username', 'jdevos');
    await page.type('#password', 'Haven2026!');
    await page.click('input[name=method][value=email]');
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    expect(new URL(page.url()).pathname).toBe('/nl/email-code');
    await settle(page);
    expect(await values(page, '#emailCode')).toEqual(['']);
  });

  it('fills nothing on the password-reset page', async () => {
    expect(await openAndWait('https://www.c-point.be/nl/wachtwoord-vergeten')).toEqual(['', '']);
  });

  it("never touches MyCepa's payslip passwords", async () => {
    await page.goto('https://my.cepa.be/');
    await waitForValue(page, '#password', 10);
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    expect(await openAndWait('https://my.cepa.be/otp-activatie')).toEqual(['', '', '', '']);
  });
});

/**
 * Issue 13, point 1: a script on www.c-point.be itself (an XSS, a bad
 * library) fakes a click on 'Wis Authenticator App registratie', hides
 * whatever Havencode shows with CSS on its host, and waits for the user's
 * next Enter. Havencode must ignore the fake click, never move the focus
 * into its own UI, and ask about removal only in its own window, naming
 * the account.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoSites } from '../sites/server.ts';
import {
  answerConfirmWindow,
  DEMO,
  loginCpoint,
  settle,
  startUnlockedWithDemoAccounts,
  submit,
  waitForValue,
  type ExtensionBrowser,
  isConfirmWindowOpen,
  listedAccounts,
} from './extension-helpers.ts';

let sites: DemoSites;
let ext: ExtensionBrowser;
let popup: Page;

beforeAll(async () => {
  ({ sites, ext, popup } = await startUnlockedWithDemoAccounts());
});

afterAll(async () => {
  await ext.dispose();
  await sites.close();
});

/** The hostile script: hide Havencode's host, note any focus it takes, fake the click. */
function attack(): void {
  const style = document.createElement('style');
  style.textContent = 'havencode-inline { opacity: 0 !important; }';
  document.head.append(style);
  const seen = window as unknown as { focusedHavencode: boolean };
  seen.focusedHavencode = false;
  document.addEventListener(
    'focusin',
    (event) => {
      if ((event.target as Element).localName === 'havencode-inline') seen.focusedHavencode = true;
    },
    true,
  );
  // The attacker keeps the site as it is: its own fake click must not submit.
  document
    .querySelector('#wis-authenticator')!
    .closest('form')!
    .addEventListener('submit', (event) => event.preventDefault(), { once: true });
  document.querySelector<HTMLElement>('#wis-authenticator')!.click();
}

describe('a hostile script on C-point', () => {
  it("can't remove the account with a fake click, hidden question and the user's next Enter", async () => {
    const page = await ext.browser.newPage();
    sites.users.findCpointUser(DEMO.cpoint.username)!.used.clear();
    await loginCpoint(page, DEMO.cpoint.username, DEMO.cpoint.password);
    await waitForValue(page, '#otp', 6);
    expect(await submit(page)).toBe('/nl/welkom');
    await page.goto('https://www.c-point.be/nl/profiel');
    // Give the content script time to learn that the vault holds this account.
    await settle(page, 500);

    await page.evaluate(attack);
    await settle(page, 500);
    // The user goes on typing somewhere on the page: Enter, Space.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Space');
    await new Promise((resolve) => setTimeout(resolve, 1500));

    expect(await listedAccounts(popup)).toEqual(['C-point:jdevos', 'MyCepa:0471234']);
    expect(isConfirmWindowOpen(ext.browser)).toBe(false);
    expect(
      await page.evaluate(
        () => (window as unknown as { focusedHavencode: boolean }).focusedHavencode,
      ),
    ).toBe(false);

    // The user's own click asks in Havencode's window, naming the account; 'Nee' keeps it.
    const [, question] = await Promise.all([
      page.waitForNavigation(),
      answerConfirmWindow(ext.browser, false),
      page.click('#wis-authenticator'),
    ]);
    expect(question).toContain('C-point (jdevos)');
    expect(await listedAccounts(popup)).toEqual(['C-point:jdevos', 'MyCepa:0471234']);
    await page.close();
  });
});

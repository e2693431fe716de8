import type { Page } from 'puppeteer-core';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoSites, type DemoSites } from '../sites/server.ts';
import {
  answerConfirmWindow,
  clickInlineButton,
  launchExtensionBrowser,
  expectNextLoginFilled,
  reachCpointEnrolment,
  recentCodes,
  setUpWithPin,
  settle,
  submit,
  waitForValue,
  type ExtensionBrowser,
  tap,
  listedAccounts,
  waitForChooseWindow,
} from './extension-helpers.ts';

// Enrolment as a first-time user does it: the site shows a QR code, the
// extension adds the account from the page and fills the codes after.
let sites: DemoSites;
let ext: ExtensionBrowser;
let popup: Page;

beforeAll(async () => {
  sites = await startDemoSites();
  ext = await launchExtensionBrowser({ sites });
  popup = await ext.openPopup();
  await setUpWithPin(popup);
});

afterAll(async () => {
  await ext.dispose();
  await sites.close();
});

describe('C-point, first use', () => {
  it('enrols from the page QR, verifies, and later logs in with the code filled', async () => {
    const page = await ext.browser.newPage();
    await reachCpointEnrolment(page, sites);

    await clickInlineButton(page, '#qr');
    expect(await answerConfirmWindow(ext.browser, true)).toContain('C-point (nieuw)');
    const code = await waitForValue(page, '#otp', 6);
    expect(recentCodes(await page.$eval('#secret', (e) => e.textContent ?? ''))).toContain(code);
    expect(await submit(page)).toBe('/nl/welkom');
    await expect.poll(() => listedAccounts(popup)).toEqual(['C-point:nieuw']);

    await expectNextLoginFilled(page);
    await page.close();
  }, 100_000);

  it("offers to remove the account on 'Wis Authenticator App registratie', restorable after", async () => {
    const page = await ext.browser.newPage();
    await page.goto('https://www.c-point.be/nl/login');
    await page.type('#username', 'nieuw');
    await page.type('#password', 'Haven2026!');
    await submit(page);
    // The code of the login before may still be current: Havencode waits for the next one.
    await waitForValue(page, '#otp', 6, 32_000);
    expect(await submit(page)).toBe('/nl/welkom');
    expect(await listedAccounts(popup)).toEqual(['C-point:nieuw']);
    await page.goto('https://www.c-point.be/nl/profiel');
    // Give the content script time to learn that the vault holds this account.
    await settle(page, 300);
    await page.click('#wis-authenticator');
    // The question is asked in Havencode's window, naming the account. Then the site goes on.
    const [, question] = await Promise.all([
      page.waitForNavigation(),
      answerConfirmWindow(ext.browser, true),
    ]);
    expect(question).toContain('C-point (nieuw)');
    expect(await page.$eval('#app-status', (e) => e.textContent)).toContain('Geen');
    await expect.poll(() => listedAccounts(popup)).toEqual([]);
    // Kept a while: the options page lists it, the popup restores it.
    const options = await ext.browser.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.waitForSelector('[data-testid=deleted-account][data-account=nieuw]');
    await options.close();
    await popup.bringToFront();
    await tap(popup, '[data-testid=recently-deleted] summary');
    await tap(popup, '[data-testid=account-restore]');
    await popup.waitForSelector('[data-testid=account][data-account=nieuw]');
    await page.close();
  }, 100_000);
});

describe('MyCepa', () => {
  it('enrols from the coloured QR, then fills the login (werkboeknummer + 10 digits)', async () => {
    const user = sites.users.addMycepaUser({
      werkboeknummer: '0479999',
      payslipPasswords: ['w1', 'w2', 'w3', 'w4'],
    });
    const page = await ext.browser.newPage();
    await page.goto('https://my.cepa.be/');
    // No MyCepa account yet: the worker signs in with the hard token this once.
    await page.type('#username', '0479999');
    await page.type('#password', recentCodes(user.totpSecrets[0]!, 10)[0]!);
    expect(await submit(page)).toBe('/start');
    await page.goto('https://my.cepa.be/otp-activatie');
    for (const n of [1, 2, 3, 4]) await page.type(`#payslip${n}`, `w${n}`);
    await submit(page);
    await clickInlineButton(page, '#qr');
    expect(await answerConfirmWindow(ext.browser, true)).toContain('MyCepa (0479999)');
    await expect.poll(() => listedAccounts(popup), { timeout: 5000 }).toContain('MyCepa:0479999');

    user.used.clear();
    await page.goto('https://my.cepa.be/afmelden');
    const code = await waitForValue(page, '#password', 10);
    expect(recentCodes(user.totpSecrets.at(-1)!, 10)).toContain(code);
    expect(await page.$eval('#username', (e) => (e as HTMLInputElement).value)).toBe('0479999');
    expect(await submit(page)).toBe('/start');
    await page.close();
  });
});

describe("the popup's 'scan this page'", () => {
  it('reads the QR code on any tab the user opened the popup on', async () => {
    const uri = 'otpauth://totp/Acme:ops@acme.test?secret=KRSXG5CTMVRXEZLU&issuer=Acme';
    const image = await QRCode.toDataURL(uri, { scale: 6 });
    const page = await ext.browser.newPage();
    await page.goto('https://my-cepa.be/hulp');
    await page.evaluate((src) => {
      const img = document.createElement('img');
      img.src = src;
      document.body.prepend(img);
      return img.decode();
    }, image);
    const actionPopup = await ext.openActionPopup(page);
    await actionPopup.waitForSelector('[data-testid=add-open]');
    await tap(actionPopup, '[data-testid=add-open]');
    await tap(actionPopup, '[data-testid=scan-page]');
    await actionPopup.waitForSelector('[data-testid=account][data-issuer=Acme]', { timeout: 5000 });
    await page.close();
  });
});

describe('an account whose issuer names no known site', () => {
  it('belongs to the origin it was enrolled on, and only there', async () => {
    const secret = 'ONSWG4TFORTGK4TTMVRXEZLU';
    const uri = `otpauth://totp/Port%20of%20Antwerp:ops?secret=${secret}&issuer=Port%20of%20Antwerp`;
    const image = await QRCode.toDataURL(uri, { scale: 6 });
    const page = await ext.browser.newPage();
    await page.goto('https://www.c-point.be/hulp');
    await page.evaluate((src) => {
      const img = document.createElement('img');
      img.id = 'qr';
      img.src = src;
      document.body.prepend(img);
      return img.decode();
    }, image);
    await clickInlineButton(page, '#qr');
    expect(await answerConfirmWindow(ext.browser, true)).toContain('Port of Antwerp (ops)');
    await expect
      .poll(() => listedAccounts(popup), { timeout: 5000 })
      .toContain('Port of Antwerp:ops');

    // On C-point it is one of the site's accounts (with C-point (nieuw)): offered by name.
    await page.goto('https://www.c-point.be/variant/spa');
    await page.waitForSelector('#otp');
    const [choice] = await Promise.all([
      waitForChooseWindow(ext.browser),
      clickInlineButton(page, '#otp'),
    ]);
    expect(choice.names).toEqual(['C-point (nieuw)', 'Port of Antwerp (ops)']);
    await choice.choose('Port of Antwerp (ops)');
    const code = await waitForValue(page, '#otp', 6);
    expect(recentCodes(secret)).toContain(code);

    // MyCepa never gets it: its own account fills by itself there.
    await page.goto('https://my.cepa.be/afmelden');
    // Read once filled: Havencode may wait for the next code (the last one was used).
    const filled = await waitForValue(page, '#password', 10, 32_000);
    expect(recentCodes(sites.users.findMycepaUser('0479999')!.totpSecrets.at(-1)!, 10)).toContain(
      filled,
    );
    await page.close();
  }, 100_000);
});

describe("C-point's 'Kan je niet scannen? Geef deze sleutel in'", () => {
  it('enrols from the key shown as text, named by the username typed at login, and C-point takes the code', async () => {
    sites.users.addCpointUser({
      username: 'sleutel',
      password: 'Kaai-2026!',
      email: 's@example.be',
    });
    const page = await ext.browser.newPage();
    await page.goto('https://www.c-point.be/nl/login');
    await page.type('#username', 'sleutel');
    await page.type('#password', 'Kaai-2026!');
    expect(await submit(page)).toBe('/nl/mfa/geen-app');
    expect(await submit(page)).toBe('/nl/email-code');
    await page.type('#emailCode', sites.users.outbox('sleutel').at(-1)?.code ?? '');
    // The user's phone can't scan: only the key is left on the page.
    await page.evaluateOnNewDocument(() =>
      document.addEventListener('DOMContentLoaded', () => document.querySelector('#qr')?.remove()),
    );
    expect(await submit(page)).toBe('/nl/mfa/registreren');

    await clickInlineButton(page, '#secret');
    expect(await answerConfirmWindow(ext.browser, true)).toContain('C-point (sleutel)');
    const code = await waitForValue(page, '#otp', 6);
    const key = (await page.$eval('#secret', (e) => e.textContent ?? '')).replace(/\s/g, '');
    expect(recentCodes(key)).toContain(code);
    expect(await submit(page)).toBe('/nl/welkom');
    await page.close();
  });
});

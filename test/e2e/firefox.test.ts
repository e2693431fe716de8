/**
 * The extension's Firefox build in Firefox ESR, as first-time users meet it:
 * from C-point's code field (set up in Havencode's window, add the account,
 * the field gets oathtool's code), from C-point's enrolment QR code (set up,
 * the QR is read and the account confirmed in Havencode's window, C-point
 * takes the code, the next login fills), never on a look-alike host; and
 * the detection corpus, judged as in Chromium (test/corpus/run-corpus.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  launchFirefox,
  type ExtensionPage,
  type FirefoxWithExtension,
} from '../harness/firefox.ts';
import { CORPUS_ACCOUNTS, corpusUri, loadCorpus } from '../corpus/corpus.ts';
import { runCorpusPages, type PageResult } from '../corpus/run-corpus.ts';
import { startCorpusServer, type CorpusServer } from '../corpus/server.ts';
import { startDemoSites, type DemoSites } from '../sites/server.ts';
import { runOathtool } from './pwa-helpers.ts';
import {
  clickInlineButton,
  cpointUri,
  DEMO,
  expectNextLoginFilled,
  PIN,
  reachCpointEnrolment,
  recentCodes,
  settle,
  submit,
  waitForValue,
} from './extension-helpers.ts';

let sites: DemoSites;
let firefox: FirefoxWithExtension;
const pages = await loadCorpus();

beforeAll(async () => {
  sites = await startDemoSites();
});

afterAll(async () => {
  await sites?.close();
});

/** Each first-time user gets a Firefox of their own: a fresh profile, no vault. */
function withFreshFirefox(): void {
  beforeAll(async () => {
    firefox = await launchFirefox(sites);
  });
  afterAll(async () => {
    await firefox?.close();
  });
}

/** Clicks Havencode's button under `selector`, and sets up a vault with `PIN` in the window it opens. */
async function setUpFromButton(page: Page, selector: string): Promise<ExtensionPage> {
  await clickInlineButton(page, selector);
  const popup = await firefox.waitForExtensionPage('/popup.html?unlock');
  await popup.fill('[data-testid=setup-pin]', PIN);
  await popup.fill('[data-testid=setup-pin-confirm]', PIN);
  await popup.click('[data-testid=setup-submit]');
  return popup;
}

describe('Firefox, a first-time user on the code field', () => {
  withFreshFirefox();

  it('first use from the code field: PIN, recovery code, account, and the field gets its code', async () => {
    const page = await firefox.browser.newPage();
    await page.goto('https://www.c-point.be/variant/frame');
    const inline = await page.waitForSelector('havencode-inline');
    expect(await inline!.evaluate((el) => el.shadowRoot === null)).toBe(true);
    const popup = await setUpFromButton(page, '#otp');
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

describe("Firefox, a first-time user on C-point's QR code", () => {
  withFreshFirefox();

  it('sets up from the button on the QR code, enrols, C-point takes the code, and the next login fills', async () => {
    const page = await firefox.browser.newPage();
    await reachCpointEnrolment(page, sites);
    // No vault yet: the button opens Havencode's window to set one up, then the QR is read.
    const popup = await setUpFromButton(page, '#qr');
    await popup.waitFor('[data-testid=recovery-done]');
    // Adding from a page is confirmed in Havencode's own window.
    const confirm = await firefox.waitForExtensionPage('/confirm.html');
    await confirm.waitFor('[data-testid=confirm-yes]');
    await confirm.click('[data-testid=confirm-yes]');
    const code = await waitForValue(page, '#otp', 6);
    expect(recentCodes(await page.$eval('#secret', (e) => e.textContent ?? ''))).toContain(code);
    expect(await submit(page)).toBe('/nl/welkom');
    // The account the page added while the recovery code was shown is in the list after it.
    await popup.click('[data-testid=recovery-done]');
    await popup.waitFor('[data-testid=account][data-issuer=C-point]');

    await expectNextLoginFilled(page);
    await page.close();
  }, 100_000);
});

describe('Firefox, the detection corpus', () => {
  let corpus: CorpusServer;
  let ownFirefox: FirefoxWithExtension;
  let results: PageResult[];

  beforeAll(async () => {
    corpus = await startCorpusServer(pages);
    ownFirefox = await launchFirefox(corpus);
    // Set up as a first-time user does: Havencode's button on a code page opens its window.
    const first = await ownFirefox.browser.newPage();
    await first.goto(`https://www.c-point.be/corpus/${pages[0]!.name}`);
    await clickInlineButton(first, '[data-corpus=target]');
    const popup = await ownFirefox.waitForExtensionPage('/popup.html?unlock');
    await popup.fill('[data-testid=setup-pin]', PIN);
    await popup.fill('[data-testid=setup-pin-confirm]', PIN);
    await popup.click('[data-testid=setup-submit]');
    await popup.click('[data-testid=recovery-done]');
    for (const site of ['c-point', 'mycepa'] as const) {
      await popup.click('[data-testid=add-open]');
      await popup.fill('[data-testid=add-uri]', corpusUri(site));
      await popup.click('[data-testid=add-submit]');
      await popup.waitFor(`[data-testid=account][data-issuer=${CORPUS_ACCOUNTS[site].issuer}]`);
    }
    await first.close();
    results = await runCorpusPages(await ownFirefox.browser.newPage(), pages);
  }, 400_000);

  afterAll(async () => {
    await ownFirefox?.close();
    await corpus?.close();
  });

  it('never fills a page where nothing belongs', () => {
    expect(results.filter((r) => r.wrongFill).map((r) => r.page.name)).toEqual([]);
  });

  it('does on every page what Chromium does', () => {
    const wrong = results.filter((r) => !r.correct);
    expect(wrong.map((r) => `${r.page.name}: ${r.outcome} (${r.detail})`)).toEqual([]);
    expect(results).toHaveLength(pages.length);
  });
});

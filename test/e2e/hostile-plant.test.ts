/**
 * Issue 13, point 2: a script on C-point's enrolment page swaps the QR code
 * for one with issuer MyCepa and the attacker's secret, then clickjacks
 * 'Toevoegen aan Havencode': hides it with CSS on its host over a decoy, or
 * covers it with a decoy that lets clicks through. The user's real clicks
 * must add nothing; a click on the visible button asks in Havencode's own
 * window, naming the account and saying it belongs to MyCepa and makes two
 * MyCepa accounts.
 */
import type { Page } from 'puppeteer-core';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoSites } from '../sites/server.ts';
import {
  answerConfirmWindow,
  inlineButtonSpot,
  reachCpointEnrolment,
  settle,
  startUnlockedWithDemoAccounts,
  type ExtensionBrowser,
  isConfirmWindowOpen,
  listedAccounts,
} from './extension-helpers.ts';

const ATTACKER =
  'otpauth://totp/MyCepa:0666666?secret=KRSXG5CTMVRXEZLUKRSXG5CT&issuer=MyCepa&digits=10';
const BEFORE = ['C-point:jdevos', 'MyCepa:0471234'];

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

/** The page's decoy over or under the spot where Havencode's button is. */
function placeDecoy(spot: { x: number; y: number }, over: boolean): void {
  const decoy = document.createElement('div');
  decoy.id = 'decoy';
  decoy.textContent = 'Klik hier om verder te gaan';
  Object.assign(decoy.style, {
    position: 'fixed',
    left: `${spot.x - 150}px`,
    top: `${spot.y - 40}px`,
    width: '300px',
    height: '80px',
    background: '#ffcc00',
    zIndex: '2147483647',
    pointerEvents: over ? 'none' : 'auto',
  });
  // Over: after Havencode's host in <html>, so it paints on top at the same z-index.
  if (over) document.documentElement.append(decoy);
  else document.body.append(decoy);
  if (!over) {
    const style = document.createElement('style');
    style.id = 'hide';
    style.textContent = 'havencode-inline { opacity: 0 !important; }';
    document.head.append(style);
    // A style sheet loses to the host's own !important style: a script rewrites that too.
    for (const host of document.querySelectorAll<HTMLElement>('havencode-inline'))
      host.style.setProperty('opacity', '0', 'important');
  }
}

function removeDecoy(): void {
  document.querySelector('#decoy')?.remove();
  document.querySelector('#hide')?.remove();
  for (const host of document.querySelectorAll<HTMLElement>('havencode-inline'))
    host.style.setProperty('opacity', '1', 'important');
}

describe('a hostile script on C-point’s enrolment page', () => {
  it('plants no account by clickjacking; the visible button names it, its site and the double', async () => {
    const page = await ext.browser.newPage();
    await reachCpointEnrolment(page, sites);
    const image = await QRCode.toDataURL(ATTACKER, { scale: 6 });
    await page.evaluate((src) => {
      const qr = document.querySelector<HTMLImageElement>('#qr')!;
      qr.src = src;
      return qr.decode();
    }, image);
    await page.focus('#otp');
    const spot = await inlineButtonSpot(page, '#qr');
    // A style sheet alone can't hide the button: the host's own !important style wins.
    const shown = await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent =
        'havencode-inline { opacity: 0 !important; visibility: hidden !important; display: none !important; }';
      document.head.append(style);
      const host = document.querySelector('havencode-inline')!;
      const { opacity, visibility, display } = getComputedStyle(host);
      style.remove();
      return { opacity, visibility, display };
    });
    expect(shown).toEqual({ opacity: '1', visibility: 'visible', display: 'block' });

    for (const over of [false, true]) {
      await page.evaluate(placeDecoy, spot, over);
      await settle(page, 700);
      await page.mouse.click(spot.x, spot.y);
      await settle(page, 1500);
      expect(
        isConfirmWindowOpen(ext.browser),
        over ? 'decoy over the button' : 'hidden button',
      ).toBe(false);
      await page.evaluate(removeDecoy);
    }
    expect(await listedAccounts(popup)).toEqual(BEFORE);

    // The button in plain sight: Havencode's window says what it is; the user says no.
    await page.bringToFront();
    await settle(page, 700);
    await page.mouse.click(spot.x, spot.y);
    const question = await answerConfirmWindow(ext.browser, false);
    expect(question).toContain('MyCepa (0666666)');
    expect(question).toMatch(/hoort bij MyCepa, niet bij C-point/);
    expect(question).toMatch(/twee accounts voor MyCepa/);
    // The click took no focus from the page.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('otp');
    expect(await listedAccounts(popup)).toEqual(BEFORE);
    await page.close();
  });
});

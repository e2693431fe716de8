/**
 * Issue 14: Havencode's in-page button sits beside the site's QR code and
 * code field, covers none of the site's text (C-point's 'Kan je niet
 * scannen? Geef deze sleutel in' line) and carries the Havencode mark.
 * On a phone-wide window it sits on the QR code's lower edge instead.
 * The screenshots land in test/.tmp/screenshots/ for a person to look at.
 */
import { mkdir } from 'node:fs/promises';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoSites, type DemoSites } from '../sites/server.ts';
import {
  inlineButtonSpot,
  launchExtensionBrowser,
  reachCpointEnrolment,
  setUpWithPin,
  type ExtensionBrowser,
} from './extension-helpers.ts';

const SHOTS = new URL('../.tmp/screenshots/', import.meta.url);

let sites: DemoSites;
let ext: ExtensionBrowser;

beforeAll(async () => {
  sites = await startDemoSites();
  ext = await launchExtensionBrowser({ sites });
  const popup = await ext.openPopup();
  await setUpWithPin(popup);
  await popup.close();
  await mkdir(SHOTS, { recursive: true });
});

afterAll(async () => {
  await ext.dispose();
  await sites.close();
});

/** The site's words and fields the Havencode element overlaps (none expected). */
function coveredText(page: Page, spot: { x: number; y: number }): Promise<string[]> {
  return page.evaluate(({ x, y }) => {
    const host = document.elementFromPoint(x, y)!;
    const box = host.getBoundingClientRect();
    const covered: string[] = [];
    for (const element of document.querySelectorAll('main *')) {
      const r = element.getBoundingClientRect();
      const hasText = [...element.childNodes].some(
        (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
      );
      const isField = element.localName === 'input';
      if (!hasText && !isField) continue;
      // The text's own extent: a range around the element's contents.
      const range = document.createRange();
      range.selectNodeContents(element);
      const t = isField ? r : range.getBoundingClientRect();
      const overlaps =
        t.left < box.right && box.left < t.right && t.top < box.bottom && box.top < t.bottom;
      if (overlaps) covered.push(element.id || element.localName);
    }
    return covered;
  }, spot);
}

describe("Havencode's in-page button", () => {
  it('sits beside the C-point QR code, covering none of its text, with the Havencode mark', async () => {
    const page = await ext.browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await reachCpointEnrolment(page, sites);
    const spot = await inlineButtonSpot(page, '#qr');
    await page.screenshot({ path: new URL('inline-cpoint-qr-1280.png', SHOTS).pathname });
    expect(await coveredText(page, spot)).toEqual([]);
    const qr = await page.$eval('#qr', (e) => e.getBoundingClientRect().toJSON() as DOMRect);
    expect(spot.x).toBeGreaterThan(qr.right);
    await page.screenshot({ path: new URL('inline-cpoint-qr-1280.png', SHOTS).pathname });
    await page.setViewport({ width: 390, height: 844 });
    // Phone-wide: nothing fits beside the QR code; its lower edge, not the site's words.
    const narrow = await inlineButtonSpot(page, '#qr');
    expect(await coveredText(page, narrow)).toEqual([]);
    await page.screenshot({ path: new URL('inline-cpoint-qr-390.png', SHOTS).pathname });
    await page.close();
  });
});

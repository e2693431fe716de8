/**
 * What the screenshot tests assert on a rendered page: nothing wider than
 * the viewport, no text under another element, codes at least 24 px, and
 * axe-core's WCAG A/AA rules clean (axe is injected from node_modules).
 */
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import type { CDPSession, Page } from 'puppeteer-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The user's text size, as Chromium's font-size setting (16 px = 100 %). */
export async function setTextSize(cdp: CDPSession, percent: number): Promise<void> {
  const standard = Math.round((16 * percent) / 100);
  await cdp.send('Page.setFontSizes', {
    fontSizes: { standard, fixed: Math.round((13 * percent) / 100) },
  });
}

/** Layout problems on the page as it is shown; empty when all is well. */
export function findLayoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    const scrollWidth = document.scrollingElement?.scrollWidth ?? 0;
    if (scrollWidth > width) problems.push(`page is ${scrollWidth} px wide in ${width} px`);
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} “${(el.textContent ?? '').trim().slice(0, 30)}”`;
    for (const el of document.querySelectorAll('body *')) {
      if (el.closest('svg, .visually-hidden, option, select')) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.clip === 'rect(0px, 0px, 0px, 0px)') continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      if (rect.right > width + 1 || rect.left < -1)
        problems.push(`${describe(el)} leaves the screen`);
      for (const node of el.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const box of range.getClientRects()) {
          const x = box.left + box.width / 2;
          const y = box.top + box.height / 2;
          if (y < 0 || y > innerHeight || x < 0 || x > innerWidth) continue;
          const top = document.elementFromPoint(x, y);
          if (top && top !== el && !el.contains(top) && !top.contains(el))
            problems.push(`${describe(el)} is covered by ${describe(top)}`);
        }
      }
    }
    for (const code of document.querySelectorAll('[data-testid="account-code"]')) {
      const size = parseFloat(getComputedStyle(code).fontSize);
      if (size < 24) problems.push(`a code is ${size} px`);
    }
    return problems;
  });
}

/** How many codes are wholly inside the viewport. */
export function countVisibleCodes(page: Page): Promise<number> {
  return page.$$eval(
    '[data-testid="account-code"]',
    (codes) =>
      codes.filter((code) => {
        const rect = code.getBoundingClientRect();
        return rect.top >= 0 && rect.bottom <= innerHeight && rect.height > 0;
      }).length,
  );
}

/** axe-core's WCAG 2 A/AA violations, as 'rule: target' lines. */
export async function runAxe(page: Page): Promise<string[]> {
  // Evaluated over CDP, not as a <script>: extension pages' CSP allows no inline script.
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.evaluate(await readFile(axePath, 'utf8'));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: object) => Promise<AxeResult> } }).axe;
    interface AxeResult {
      violations: { id: string; nodes: { target: string[] }[] }[];
    }
    const result = await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  });
}

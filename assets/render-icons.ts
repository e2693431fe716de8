/**
 * Renders the Havencode icon set from the SVGs in this folder with Chromium
 * (the browser the tests already need), so the PNGs always match the SVG:
 * `npx tsx assets/render-icons.ts`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { buildChromiumArgs, findChromium } from '../test/harness/chromium.ts';

const root = resolve(import.meta.dirname, '..');
const targets: [svg: string, size: number, out: string][] = [
  ['icon.svg', 16, 'extension/public/icon/16.png'],
  ['icon.svg', 32, 'extension/public/icon/32.png'],
  ['icon.svg', 48, 'extension/public/icon/48.png'],
  ['icon.svg', 128, 'extension/public/icon/128.png'],
  ['icon.svg', 192, 'pwa/public/icon-192.png'],
  ['icon.svg', 512, 'pwa/public/icon-512.png'],
  ['icon-maskable.svg', 512, 'pwa/public/icon-maskable-512.png'],
  ['icon-maskable.svg', 180, 'pwa/public/apple-touch-icon.png'],
];

const browser = await puppeteer.launch({
  executablePath: await findChromium(),
  headless: true,
  args: buildChromiumArgs({}),
});
try {
  const page = await browser.newPage();
  for (const [svg, size, out] of targets) {
    const markup = await readFile(resolve(import.meta.dirname, svg), 'utf8');
    await page.setViewport({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${markup}`,
    );
    await writeFile(resolve(root, out), await page.screenshot({ omitBackground: true }));
  }
} finally {
  await browser.close();
}

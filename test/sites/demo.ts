import { access } from 'node:fs/promises';
import { EXTENSION_DIR, launchBrowser } from '../harness/browser.ts';
import { formatDemoGuide, seedDemoUsers } from './demo-guide.ts';
import { startDemoSites } from './server.ts';

// `npm run demo`: the demo sites plus, where a display exists, a Chromium window
// with the extension and the host mapping. Without a display it only serves.
const sites = await startDemoSites({ port: Number(process.env.DEMO_PORT ?? 0) });
seedDemoUsers(sites);
console.log(formatDemoGuide(sites));

const hasDisplay = (process.env.DISPLAY ?? process.env.WAYLAND_DISPLAY ?? '') !== '';
const hasBuild = await access(EXTENSION_DIR).then(
  () => true,
  () => false,
);
if (!hasDisplay) {
  console.log(
    'No display: start Chromium yourself with the command above. Ctrl-C stops the sites.',
  );
  process.once('SIGINT', () => void sites.close());
} else {
  if (!hasBuild)
    console.warn(
      `No extension build at ${EXTENSION_DIR}: run npm run build; opening the sites without it.`,
    );
  const chromium = await launchBrowser({ headless: false, sites, extension: hasBuild, lang: 'nl' });
  const page = await chromium.newPage();
  await page.goto(`${sites.origin('www.c-point.be')}/nl/`);
  chromium.browser.once('disconnected', () => void sites.close());
  process.once('SIGINT', () => void chromium.close().then(() => sites.close()));
}

/**
 * `npm start`: builds the extension and the PWA, serves the PWA on
 * http://localhost:4173/ and the demo MyCepa and C-point sites, and says how
 * to open them with the extension. Runs until Ctrl-C.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { preview } from 'vite';
import { EXTENSION_DIR } from './harness/browser.ts';
import { formatDemoGuide, seedDemoUsers } from './sites/demo-guide.ts';
import { startDemoSites } from './sites/server.ts';

const root = resolve(import.meta.dirname, '..');
const PWA_PORT = 4173;
const SITES_PORT = Number(process.env.SITES_PORT ?? 8443);

if (process.env.SKIP_BUILD !== '1') {
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const pwa = await preview({
  configFile: resolve(root, 'pwa/vite.config.ts'),
  preview: { port: PWA_PORT, strictPort: true, host: 'localhost' },
});
const sites = await startDemoSites({ port: SITES_PORT });
seedDemoUsers(sites);

console.log(`
Havencode is running.

  PWA (phone app):  http://localhost:${PWA_PORT}/
  Extension build:  ${EXTENSION_DIR}  (Firefox: .output/firefox-mv2; load it unpacked)
${formatDemoGuide(sites)}
npm run demo opens Chromium with the extension and the host mapping where a display exists.
Press Ctrl-C to stop.`);

const stop = () => {
  void Promise.all([sites.close(), new Promise((done) => pwa.httpServer.close(done))]).then(() =>
    process.exit(0),
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

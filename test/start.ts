/**
 * `npm start`: builds the extension and the PWA, serves the PWA on
 * http://localhost:4173/ and the demo MyCepa and C-point sites, and says how
 * to open them with the extension. Runs until Ctrl-C.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { preview } from 'vite';
import { EXTENSION_DIR } from './harness/browser.ts';
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
sites.users.addCpointUser({
  username: 'jdevos',
  password: 'Haven2026!',
  email: 'jan.devos@example.be',
});
sites.users.addMycepaUser({
  werkboeknummer: '123456',
  payslipPasswords: ['AB12', 'CD34', 'EF56', 'GH78'],
});

const rules = sites.hostRules;
console.log(`
Havencode is running.

  PWA (phone app):   http://localhost:${PWA_PORT}/
  Demo sites:        port ${sites.port}, answering as https://www.c-point.be and https://my.cepa.be
  Extension build:   ${EXTENSION_DIR}  (Firefox: .output/firefox-mv2)

Open the demo sites with the extension in Chromium (or Chrome/Edge):
  chromium --user-data-dir=$(mktemp -d) --ignore-certificate-errors \\
    --host-resolver-rules="${rules}" \\
    --load-extension=${EXTENSION_DIR} https://www.c-point.be/nl/
  (or: npm run demo, which does this where a display exists)

Demo users:
  C-point: username jdevos, password Haven2026! (no authenticator yet: enrol on first login;
           the e-mail codes are at https://www.c-point.be/outbox?user=jdevos)
  MyCepa:  werkboeknummer 123456, payslip passwords AB12 CD34 EF56 GH78 (OTP activatie)

Press Ctrl-C to stop.`);

const stop = () => {
  void Promise.all([sites.close(), new Promise((done) => pwa.httpServer.close(done))]).then(() =>
    process.exit(0),
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

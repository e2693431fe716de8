import { relative } from 'node:path';
import { EXTENSION_DIR } from '../harness/browser.ts';
import type { DemoSites } from './server.ts';

/** Fixed secrets so a developer can also add the demo accounts by hand. */
const CPOINT_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const MYCEPA_HARD_TOKEN = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

/**
 * Seeds the accounts `npm start` and `npm run demo` offer: a C-point user with
 * an authenticator, one without (to try the enrolment), and a MyCepa user.
 */
export function seedDemoUsers(sites: DemoSites): void {
  sites.users.addCpointUser({
    username: 'jpeeters',
    password: 'haven',
    email: 'jan@example.test',
    totpSecret: CPOINT_SECRET,
  });
  sites.users.addCpointUser({
    username: 'mjanssens',
    password: 'haven',
    email: 'marie@example.test',
  });
  sites.users.addMycepaUser({
    werkboeknummer: '123456',
    payslipPasswords: ['1111', '2222', '3333', '4444'],
    totpSecret: MYCEPA_HARD_TOKEN,
  });
}

/** What to print at start: the URLs, the seeded accounts and how to open them in Chromium with the extension. */
export function formatDemoGuide(sites: DemoSites): string {
  const extension = relative(process.cwd(), EXTENSION_DIR) || EXTENSION_DIR;
  return `Demo sites on 127.0.0.1:${sites.port} (HTTPS and HTTP), answering as:
  ${sites.origin('www.c-point.be')}/nl/        C-point (variants: /variant/, outbox: /outbox?user=NAME)
  ${sites.origin('my.cepa.be')}/               MyCepa (hard token: /hard-token?user=123456)
  look-alikes: https://www.c-point.be.example.test, https://www.c-p0int.be, https://my-cepa.be, https://my.cepa.be.example.test

Accounts:
  C-point  jpeeters / haven   authenticator secret ${CPOINT_SECRET}
  C-point  mjanssens / haven  no authenticator yet: log in with 'Authenticator App' to enrol
  MyCepa   123456 + the 10-digit hard-token code; payslip passwords 1111 2222 3333 4444

Open them in Chromium with the extension (a browser with a fresh profile):
  chromium --user-data-dir="$(mktemp -d)" --ignore-certificate-errors --disable-features=HttpsUpgrades \\
    --host-resolver-rules="${sites.hostRules}" \\
    --load-extension=${extension} https://www.c-point.be/nl/
`;
}

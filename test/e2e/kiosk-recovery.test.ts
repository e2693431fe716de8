/**
 * Administrator recovery (issue 16) in real Chromium with a managed policy
 * file carrying a test P-256 public key: Jan enrols, loses his security key;
 * IT takes his sealed vault from the lock screen, runs `havencode
 * kiosk-recover` with the private key (never in the browser), and Jan
 * re-enrols with the file, the one-time code and a new key: same accounts.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../harness/browser.ts';
import type { TestBrowser } from '../harness/browser.ts';
import { manageExtension } from '../harness/managed-policy.ts';
import type { ManagedExtension } from '../harness/managed-policy.ts';
import { addVirtualAuthenticator } from '../harness/webauthn.ts';
import { findWorker, kioskWorkers } from './kiosk-helpers.ts';

const bin = fileURLToPath(new URL('../../bin/havencode.js', import.meta.url));
const JAN = 'otpauth://totp/C-point:jan?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=C-point';
const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;

let managed: ManagedExtension;
let chromium: TestBrowser;
let popup: Page;
let dir: string;
const workers = kioskWorkers(() => popup);

const issuers = () =>
  popup.$$eval('[data-testid=account]', (items) =>
    items.map((i) => `${i.getAttribute('data-issuer')}:${i.getAttribute('data-account')}`),
  );

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'havencode-it-'));
  const pair = await crypto.subtle.generateKey(ECDH, true, ['deriveBits']);
  await writeFile(
    join(dir, 'it.jwk'),
    JSON.stringify(await crypto.subtle.exportKey('jwk', pair.privateKey)),
  );
  const publicJwk = JSON.stringify(await crypto.subtle.exportKey('jwk', pair.publicKey));
  managed = await manageExtension({ kiosk: true, adminRecoveryKey: publicJwk });
  chromium = await launchBrowser({ extension: managed.dir, lang: 'nl' });
  popup = await chromium.openPopup();
  await popup.waitForSelector('[data-testid=worker-search]', { timeout: 20_000 });
});

afterAll(async () => {
  await chromium?.close();
  await managed?.remove();
  await rm(dir, { recursive: true, force: true });
});

describe('administrator recovery', () => {
  it('re-enrols a worker who lost his key, with the same accounts', async () => {
    await workers.enrol('Jan', JAN);
    // The admin slot is sealed when the vault opens: once more, as on any later day.
    await workers.unlock('Jan');
    const before = await issuers();
    expect(before).toEqual(['C-point:jan']);
    await popup.click('[data-testid=lock]');

    // IT takes the sealed vault from the lock screen.
    await findWorker(popup, 'Jan');
    await popup.click('[data-testid=profile-export-sealed]');
    const link = await popup.waitForSelector('[data-testid=sealed-download]');
    const sealed = await link!.evaluate(async (a) =>
      (await fetch((a as HTMLAnchorElement).href)).text(),
    );
    expect(sealed).not.toContain('JBSWY3DP');
    await writeFile(join(dir, 'jan.sealed.json'), sealed);
    const out = join(dir, 'jan.reenrol.json');
    const { stdout } = await promisify(execFile)(process.execPath, [
      bin,
      'kiosk-recover',
      '--key',
      join(dir, 'it.jwk'),
      join(dir, 'jan.sealed.json'),
      '--out',
      out,
    ]);
    const code = /one-time code .*: (\S+)$/m.exec(stdout)?.[1];
    expect(code).toBeDefined();

    // Jan's old key is gone; a new one answers.
    await workers.loseKey('Jan');
    const fresh = await addVirtualAuthenticator(popup, { transport: 'usb' });
    const input = (await popup.$('[data-testid=reenrol-file]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(out);
    await popup.type('[data-testid=reenrol-code]', code!);
    await popup.click('[data-testid=reenrol-submit]');
    await (await popup.waitForSelector('[data-testid=recovery-done]'))!.click();
    await popup.waitForSelector('[data-testid=account]');
    expect(await issuers()).toEqual(before);

    // Locked, then opened with the new key only: the same accounts.
    await popup.click('[data-testid=lock]');
    await (await findWorker(popup, 'Jan')).click();
    await popup.waitForSelector('[data-testid=account]');
    expect(await issuers()).toEqual(before);
    await fresh.session.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId: fresh.id });
  }, 90_000);
});

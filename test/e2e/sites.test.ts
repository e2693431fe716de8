import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { generateCode, type TotpAccount } from '../../core/otp/index.ts';
import { launchBrowser, type TestBrowser } from '../harness/browser.ts';
import { decodeQrPng, readPng } from '../harness/qr-decode.ts';
import { startDemoSites, type DemoSites } from '../sites/server.ts';
import { makeTotpSecret } from '../sites/totp-check.ts';

const CPOINT = 'https://www.c-point.be';
const MYCEPA = 'https://my.cepa.be';

// The server's clock, mid-step so a test never straddles a TOTP boundary by accident.
let clock = Math.floor(Date.now() / 30_000) * 30_000 + 15_000;
let sites: DemoSites;
let chromium: TestBrowser;
let page: Page;

/** Moves the server to the next 30-second step, so the next code is a fresh one. */
function advanceStep(): void {
  clock += 30_000;
}

function computeCode(secret: string, digits = 6): string {
  const account: TotpAccount = {
    type: 'totp',
    issuer: undefined,
    account: 'test',
    secret,
    algorithm: 'SHA1',
    digits,
    period: 30,
  };
  return generateCode(account, { now: clock });
}

/** Clicks and waits for the page the click leads to. */
async function clickAndWait(selector: string): Promise<void> {
  await Promise.all([page.waitForNavigation(), page.click(selector)]);
}

async function readText(selector: string): Promise<string> {
  return page.$eval(selector, (el) => el.textContent ?? '');
}

async function loginCpoint(
  username: string,
  password: string,
  method: 'app' | 'email',
): Promise<void> {
  await page.goto(`${CPOINT}/nl/`);
  await clickAndWait('a::-p-text(Login)');
  await page.type('#username', username);
  await page.type('#password', password);
  await page.click(`input[name=method][value=${method}]`);
  await clickAndWait('button::-p-text(Login)');
}

/** 'otpauth://totp/Issuer:account' of a decoded URI, without its parameters. */
function formatUriLabel(uri: URL): string {
  return `${uri.protocol}//${uri.host}${decodeURIComponent(uri.pathname)}`;
}

async function readQrOnPage(): Promise<string> {
  const image = await page.waitForSelector('#qr');
  await page.waitForFunction(
    () => (document.querySelector<HTMLImageElement>('#qr')?.naturalWidth ?? 0) > 0,
  );
  return decodeQrPng(await image!.screenshot());
}

beforeAll(async () => {
  sites = await startDemoSites({ now: () => clock });
  chromium = await launchBrowser({ extension: false, sites, lang: 'nl' });
  page = await chromium.newPage();
});

afterAll(async () => {
  await chromium?.close();
  await sites?.close();
});

describe('demo C-point', () => {
  it('logs in a registered user with a code typed from the core', async () => {
    const secret = makeTotpSecret();
    sites.users.addCpointUser({
      username: 'jpeeters',
      password: 'Haven-2024',
      email: 'jan@example.test',
      totpSecret: secret,
    });
    await loginCpoint('jpeeters', 'Haven-2024', 'app');
    expect(new URL(page.url()).pathname).toBe('/nl/mfa');
    expect(await page.$eval('label[for=otp]', (el) => el.textContent)).toBe('Verificatiecode');
    await page.type('#otp', computeCode(secret));
    await clickAndWait('button::-p-text(Verzenden)');
    expect(await readText('#status')).toBe('Je bent aangelogd.');
  });

  it('enrols a new user: no authenticator, e-mail code from the outbox, QR decoded, code typed', async () => {
    sites.users.addCpointUser({
      username: 'mjanssens',
      password: 'Kaai-77',
      email: 'marie@example.test',
    });
    await loginCpoint('mjanssens', 'Kaai-77', 'app');
    expect(await readText('.error')).toContain('nog geen authenticator app geregistreerd');
    await clickAndWait('button::-p-text(Doorgaan)');
    expect(new URL(page.url()).pathname).toBe('/nl/email-code');

    const outbox = await chromium.newPage();
    await outbox.goto(`${CPOINT}/outbox?user=mjanssens`);
    const emailCode = await outbox.$eval(
      '#mails li:last-child .code',
      (el) => el.textContent ?? '',
    );
    await outbox.close();
    expect(emailCode).toMatch(/^\d{6}$/);
    await page.type('#emailCode', emailCode);
    await clickAndWait('button::-p-text(Login)');

    expect(await readText('h1')).toBe('Registreer je authenticator app');
    const uri = new URL(await readQrOnPage());
    expect(formatUriLabel(uri)).toBe('otpauth://totp/C-point:mjanssens');
    expect(uri.searchParams.get('issuer')).toBe('C-point');
    const secret = uri.searchParams.get('secret') ?? '';
    await page.type('#otp', computeCode(secret));
    await clickAndWait('button::-p-text(Verzenden)');
    expect(await readText('#status')).toBe('Je bent aangelogd.');
    expect(sites.users.findCpointUser('mjanssens')?.totpSecret).toBe(secret);

    await clickAndWait('a::-p-text(Mijn Profiel)');
    await clickAndWait('#wis-authenticator');
    expect(sites.users.findCpointUser('mjanssens')?.totpSecret).toBeUndefined();
  });

  it('refuses a wrong code, then a reused one, and accepts the next step', async () => {
    const secret = makeTotpSecret();
    sites.users.addCpointUser({
      username: 'kdesmet',
      password: 'Dok-5',
      email: 'k@example.test',
      totpSecret: secret,
    });
    await loginCpoint('kdesmet', 'Dok-5', 'app');
    const code = computeCode(secret);
    await page.type('#otp', code === '000000' ? '111111' : '000000');
    await clickAndWait('button::-p-text(Verzenden)');
    expect(await readText('.error')).toBe('De verificatiecode is onjuist.');
    await page.type('#otp', code);
    await clickAndWait('button::-p-text(Verzenden)');
    expect(await readText('#status')).toBe('Je bent aangelogd.');

    await page.goto(`${CPOINT}/nl/afmelden`);
    await loginCpoint('kdesmet', 'Dok-5', 'app');
    await page.type('#otp', code);
    await clickAndWait('button::-p-text(Verzenden)');
    expect(await readText('.error')).toBe('Deze verificatiecode werd al gebruikt.');
    advanceStep();
    await page.type('#otp', computeCode(secret));
    await clickAndWait('button::-p-text(Verzenden)');
    expect(await readText('#status')).toBe('Je bent aangelogd.');
  });

  it('logs in with the e-mail code path', async () => {
    sites.users.addCpointUser({
      username: 'lvermeer',
      password: 'Sluis-3',
      email: 'l@example.test',
    });
    await loginCpoint('lvermeer', 'Sluis-3', 'email');
    const code = sites.users.outbox('lvermeer').at(-1)?.code ?? '';
    await page.type('#emailCode', code);
    await clickAndWait('button::-p-text(Login)');
    expect(await readText('#status')).toBe('Je bent aangelogd.');
  });
});

describe('demo MyCepa', () => {
  it('logs in with werkboeknummer and a 10-digit code, then activates via the coloured QR', async () => {
    const hardToken = makeTotpSecret();
    const payslipPasswords = ['ab12', 'cd34', 'ef56', 'gh78'] as const;
    sites.users.addMycepaUser({ werkboeknummer: '4711', payslipPasswords, totpSecret: hardToken });
    await page.goto(`${MYCEPA}/`);
    await page.type('#username', '4711');
    await page.type('#password', computeCode(hardToken, 10));
    await clickAndWait('button::-p-text(Aanmelden)');
    expect(await readText('#status')).toBe('Je bent aangemeld.');

    await clickAndWait('a::-p-text(Wifi + instellingen)');
    await clickAndWait('a::-p-text(OTP activatie)');
    expect(await readText('h1')).toBe('OTP-app registratie en activatie');
    for (const [i, password] of payslipPasswords.entries())
      await page.type(`input[name=payslip${i + 1}]`, password);
    await clickAndWait('button::-p-text(Aanmelden)');

    const shot = await (await page.$('#qr'))!.screenshot();
    const uri = new URL(decodeQrPng(shot));
    expect(formatUriLabel(uri)).toBe('otpauth://totp/MyCepa:4711');
    expect(Object.fromEntries(uri.searchParams)).toMatchObject({
      issuer: 'MyCepa',
      digits: '10',
      period: '30',
    });
    const { data } = readPng(shot);
    expect([data[0], data[1], data[2]]).toEqual([0xff, 0xd8, 0xa8]); // the light-orange quiet zone

    await clickAndWait('a::-p-text(Afmelden)');
    advanceStep();
    await page.type('#username', '4711');
    await page.type('#password', computeCode(uri.searchParams.get('secret') ?? '', 10));
    await clickAndWait('button::-p-text(Aanmelden)');
    expect(await readText('#status')).toBe('Je bent aangemeld.');
    await clickAndWait('button::-p-text(Bewaren)');
    await page.goto(`${MYCEPA}/`);
    expect(new URL(page.url()).pathname).toBe('/push');
    expect(await page.$('button::-p-text(stuur PUSH)')).not.toBeNull();
  });
});

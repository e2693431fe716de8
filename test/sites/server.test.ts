import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestDemo, type DemoResponse } from './request-demo.ts';
import { startDemoSites, type DemoSites } from './server.ts';
import { checkTotp, makeTotpSecret } from './totp-check.ts';

let clock = Date.UTC(2026, 0, 5, 8, 0, 15);
let sites: DemoSites;

beforeAll(async () => {
  sites = await startDemoSites({ now: () => clock });
});

afterAll(async () => {
  await sites.close();
});

function codeAt(secret: string, timestamp: number, digits = 6): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), digits, period: 30, timestamp });
}

/** The text of the first element with `className` in an HTML body. */
function findClassText(response: DemoResponse, className: string): string | undefined {
  return new RegExp(`class="${className}"[^>]*>([^<]*)<`).exec(response.body)?.[1];
}

describe('checkTotp', () => {
  const secret = makeTotpSecret();
  const now = Date.UTC(2026, 0, 5, 8, 0, 15);
  it.each([
    ['two steps early', 'wrong', codeAt(secret, now - 60_000)],
    ['one step early', 'ok', codeAt(secret, now - 30_000)],
    ['on time', 'ok', codeAt(secret, now)],
    ['one step late', 'ok', codeAt(secret, now + 30_000)],
    ['two steps late', 'wrong', codeAt(secret, now + 60_000)],
    ['too short', 'wrong', codeAt(secret, now).slice(1)],
    ['not digits', 'wrong', 'abcdef'],
  ])('%s → %s', (_name, verdict, token) => {
    expect(checkTotp({ secret, digits: 6, token, now, used: new Set() })).toBe(verdict);
  });

  it('refuses a code the second time, also 30 s later within the window', () => {
    const used = new Set<string>();
    const token = codeAt(secret, now, 10);
    expect(checkTotp({ secret, digits: 10, token, now, used })).toBe('ok');
    expect(checkTotp({ secret, digits: 10, token, now, used })).toBe('reused');
    expect(checkTotp({ secret, digits: 10, token, now: now + 30_000, used })).toBe('reused');
  });
});

describe('demo server', () => {
  it('serves HTTPS and plain HTTP on one port, by host, with every host in the certificate', async () => {
    const tls = await requestDemo(sites, { host: 'www.c-point.be', path: '/nl/login' });
    const plain = await requestDemo(sites, { host: 'my-cepa.be', path: '/', scheme: 'http' });
    const unknown = await requestDemo(sites, { host: 'evil.example', path: '/' });
    expect([tls.status, plain.status, unknown.status]).toEqual([200, 200, 404]);
    expect(tls.body).toContain('id="username" name="username" maxlength="10"');
    expect(plain.body).toContain(
      'name="password" type="password" inputmode="numeric" maxlength="10"',
    );
    for (const host of [
      'www.c-point.be',
      'my.cepa.be',
      'my-cepa.be',
      'www.c-point.be.example.test',
    ]) {
      expect(tls.subjectAltName).toContain(`DNS:${host}`);
    }
    expect(sites.hostRules).toContain(`MAP my.cepa.be 127.0.0.1:${sites.port}`);
  });

  it('refuses C-point usernames over 10 characters', () => {
    expect(() =>
      sites.users.addCpointUser({
        username: 'abcdefghijk',
        password: 'x',
        email: 'x@example.test',
      }),
    ).toThrow(/1 to 10 characters/);
  });

  it('lets an e-mail code expire after 10 minutes', async () => {
    sites.users.addCpointUser({ username: 'traag', password: 'pw', email: 't@example.test' });
    const login = await requestDemo(sites, {
      host: 'www.c-point.be',
      path: '/nl/login',
      form: { username: 'traag', password: 'pw', method: 'email' },
    });
    expect(login.location).toBe('/nl/email-code');
    const code = sites.users.outbox('traag').at(-1)?.code ?? '';
    clock += 11 * 60_000;
    const late = await requestDemo(sites, {
      host: 'www.c-point.be',
      path: '/nl/email-code',
      form: { emailCode: code },
      cookie: login.cookies.join('; '),
    });
    expect(findClassText(late, 'error')).toBe('Het eenmalig wachtwoord is onjuist of verlopen.');
  });

  it("checks 'Wachtwoord vergeten' against the code shown on the page", async () => {
    sites.users.addCpointUser({ username: 'vergeten', password: 'pw', email: 'v@example.test' });
    const form = await requestDemo(sites, {
      host: 'www.c-point.be',
      path: '/nl/wachtwoord-vergeten',
    });
    const challenge = /<span id="challenge">(\d{4,6})<\/span>/.exec(form.body)?.[1] ?? '';
    const cookie = form.cookies.join('; ');
    const wrong = await requestDemo(sites, {
      host: 'www.c-point.be',
      path: '/nl/wachtwoord-vergeten',
      form: { username: 'vergeten', resetCode: challenge === '99999' ? '11111' : '99999' },
      cookie,
    });
    expect(findClassText(wrong, 'error')).toBe('De opgegeven code is onjuist.');
    const next = /<span id="challenge">(\d{4,6})<\/span>/.exec(wrong.body)?.[1] ?? '';
    const right = await requestDemo(sites, {
      host: 'www.c-point.be',
      path: '/nl/wachtwoord-vergeten',
      form: { username: 'vergeten', resetCode: next },
      cookie,
    });
    expect(findClassText(right, 'notice')).toContain('reset link');
    expect(sites.users.outbox('vergeten').map((mail) => mail.subject)).toEqual([
      'Reset je wachtwoord',
    ]);
  });

  it.each([
    ['only decoys filled', ['code', 'code', ''], 'De verificatiecode is onjuist.'],
    ['the real field filled', ['', '', 'code'], 'Je bent aangelogd.'],
  ])('takes the last otp value on the decoy variant: %s', async (_name, fields, expected) => {
    const secret = makeTotpSecret();
    const username = `lok${fields.indexOf('code')}`;
    sites.users.addCpointUser({
      username,
      password: 'pw',
      email: 'l@example.test',
      totpSecret: secret,
    });
    const code = codeAt(secret, clock);
    const form: [string, string][] = [
      ['user', username],
      ...fields.map((value): [string, string] => ['otp', value.replace('code', code)]),
    ];
    const response = await requestDemo(sites, {
      host: 'www.c-point.be',
      path: '/variant/verify',
      form,
    });
    expect(response.body).toContain(expected);
  });

  it('refuses wrong payslip passwords on MyCepa', async () => {
    const secret = makeTotpSecret();
    sites.users.addMycepaUser({
      werkboeknummer: '9001',
      payslipPasswords: ['a', 'b', 'c', 'd'],
      totpSecret: secret,
    });
    const login = await requestDemo(sites, {
      host: 'my.cepa.be',
      path: '/',
      form: { username: '9001', password: codeAt(secret, clock, 10) },
    });
    expect(login.location).toBe('/start');
    const cookie = login.cookies.join('; ');
    const form = { payslip1: 'a', payslip2: 'b', payslip3: 'c', payslip4: 'x' };
    const refused = await requestDemo(sites, {
      host: 'my.cepa.be',
      path: '/otp-activatie',
      form,
      cookie,
    });
    expect(findClassText(refused, 'error')).toBe('Een of meer wachtwoorden zijn onjuist.');
    expect(sites.users.findMycepaUser('9001')?.totpSecrets).toEqual([secret]);
  });

  it('shows the current hard-token code on the test-only page', async () => {
    const secret = makeTotpSecret();
    sites.users.addMycepaUser({
      werkboeknummer: '9002',
      payslipPasswords: ['a', 'b', 'c', 'd'],
      totpSecret: secret,
    });
    const page = await requestDemo(sites, { host: 'my.cepa.be', path: '/hard-token?user=9002' });
    expect(page.body).toContain(`<span id="code">${codeAt(secret, clock, 10)}</span>`);
  });
});

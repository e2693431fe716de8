import { Secret, TOTP } from 'otpauth';
import {
  appendCookie,
  parseCookies,
  readForm,
  redirect,
  sendHtml,
  sendPng,
  sendText,
  type Exchange,
} from './http-kit.ts';
import { escapeHtml, renderPage } from './layout.ts';
import { formatMycepaUri, renderActivation, renderLogin } from './mycepa-pages.ts';
import { MYCEPA_QR, renderQrPng } from './qr.ts';
import type { Route, SiteContext } from './site-context.ts';
import { checkTotp, makeTotpSecret, PERIOD_SECONDS, type CodeVerdict } from './totp-check.ts';
import type { MycepaUser } from './users.ts';

/** Server-side state of one MyCepa visitor. */
export interface MycepaSession {
  werkboeknummer: string | undefined;
  /** The secret of the last coloured QR code shown, for its image. */
  activationSecret: string | undefined;
}

/** A session that has not signed in. */
export function makeMycepaSession(): MycepaSession {
  return { werkboeknummer: undefined, activationSecret: undefined };
}

/** The cookie that remembers the werkboeknummer after 'Bewaren', which switches / to the push login. */
const SAVED_COOKIE = 'mycepa_bewaard';
const MYCEPA_DIGITS = 10;

/** Checks a 10-digit code against the hard token and every activated app. */
function checkMycepaCode(user: MycepaUser, token: string, now: number): CodeVerdict {
  const verdicts = user.totpSecrets.map((secret) =>
    checkTotp({ secret, digits: MYCEPA_DIGITS, token, now, used: user.used }),
  );
  return verdicts.includes('ok') ? 'ok' : verdicts.includes('reused') ? 'reused' : 'wrong';
}

function requireSignedIn(
  ex: Exchange,
  session: MycepaSession,
  ctx: SiteContext,
): MycepaUser | undefined {
  const user =
    session.werkboeknummer === undefined
      ? undefined
      : ctx.users.findMycepaUser(session.werkboeknummer);
  if (user === undefined) redirect(ex.res, '/');
  return user;
}

function sendSignedIn(ex: Exchange, title: string, body: string): void {
  const nav =
    '<nav><a href="/start">Start</a> · <a href="/wifi-instellingen">Wifi + instellingen</a> · <a href="/afmelden">Afmelden</a></nav>';
  sendHtml(ex.res, renderPage('mycepa', title, `${nav}${body}`));
}

/** MyCepa: code login, push login, 'Bewaren', and the coloured-QR OTP activation. */
export const MYCEPA_ROUTES: Readonly<Record<string, Route<MycepaSession>>> = {
  'GET /': (ex) => {
    const saved = parseCookies(ex.req.headers.cookie).has(SAVED_COOKIE);
    if (saved && !ex.url.searchParams.has('met-code')) return redirect(ex.res, '/push');
    sendHtml(ex.res, renderLogin());
  },
  'POST /': async (ex, session, ctx) => {
    const form = await readForm(ex.req);
    const user = ctx.users.findMycepaUser(form.get('username') ?? '');
    const verdict =
      user === undefined ? 'wrong' : checkMycepaCode(user, form.get('password') ?? '', ctx.now());
    if (user === undefined || verdict !== 'ok') {
      const message =
        verdict === 'reused'
          ? 'Dit wachtwoord werd al gebruikt.'
          : 'Gebruikersnaam of wachtwoord is onjuist.';
      return sendHtml(ex.res, renderLogin(message));
    }
    Object.assign(session, makeMycepaSession(), { werkboeknummer: user.werkboeknummer });
    redirect(ex.res, '/start');
  },
  'GET /start': (ex, session, ctx) => {
    const user = requireSignedIn(ex, session, ctx);
    if (user === undefined) return;
    const saved = parseCookies(ex.req.headers.cookie).has(SAVED_COOKIE);
    const offer = saved
      ? ''
      : '<form method="post" action="/bewaren"><p>Wil je je gebruikersnaam bewaren?</p><button type="submit">Bewaren</button></form>';
    sendSignedIn(
      ex,
      'Start',
      `<h1>Welkom ${escapeHtml(user.werkboeknummer)}</h1><p id="status">Je bent aangemeld.</p>${offer}`,
    );
  },
  'POST /bewaren': (ex, session, ctx) => {
    const user = requireSignedIn(ex, session, ctx);
    if (user === undefined) return;
    appendCookie(
      ex.res,
      `${SAVED_COOKIE}=${encodeURIComponent(user.werkboeknummer)}; Path=/; Max-Age=31536000; SameSite=Lax`,
    );
    redirect(ex.res, '/start');
  },
  'GET /push': (ex) => {
    const saved = parseCookies(ex.req.headers.cookie).get(SAVED_COOKIE) ?? '';
    const body = `<h1>Aanmelden</h1><p>Gebruikersnaam: ${escapeHtml(saved)}</p>
<form method="post" action="/push"><button type="submit">stuur PUSH</button></form>
<p><a href="/?met-code=1">Aanmelden met code</a></p>`;
    sendHtml(ex.res, renderPage('mycepa', 'Aanmelden met push', body));
  },
  'POST /push': ({ res }) => {
    const body =
      '<h1>Aanmelden</h1><p class="notice" role="status">Er is een pushmelding verstuurd. Druk op je toestel op \'Bevestig toegang\'.</p>';
    sendHtml(res, renderPage('mycepa', 'Pushmelding verstuurd', body));
  },
  // Test-only, like C-point's outbox: stands in for the hard token on the user's keyring.
  'GET /hard-token': (ex, _session, ctx) => {
    const user = ctx.users.findMycepaUser(ex.url.searchParams.get('user') ?? '');
    const secret = user?.totpSecrets[0];
    const code =
      secret === undefined
        ? 'onbekende gebruiker'
        : TOTP.generate({
            secret: Secret.fromBase32(secret),
            digits: MYCEPA_DIGITS,
            period: PERIOD_SECONDS,
            timestamp: ctx.now(),
          });
    sendHtml(
      ex.res,
      renderPage(
        'mycepa',
        'Hard token (test)',
        `<h1>Hard token</h1><p>Testpagina.</p><p><span id="code">${code}</span></p>`,
      ),
    );
  },
  'GET /hulp': ({ res }) => {
    const body =
      '<h1>Hulp bij het aanmelden</h1><p>Je gebruikersnaam is je werkboeknummer. Het wachtwoord zijn de 10 cijfers uit de OTP-app.</p>';
    sendHtml(res, renderPage('mycepa', 'Hulp', body));
  },
  'GET /afmelden': ({ res }, session) => {
    Object.assign(session, makeMycepaSession());
    redirect(res, '/');
  },
  'GET /wifi-instellingen': (ex, session, ctx) => {
    if (requireSignedIn(ex, session, ctx) === undefined) return;
    sendSignedIn(
      ex,
      'Wifi + instellingen',
      '<h1>Wifi + instellingen</h1><ul><li><a href="/otp-activatie">OTP activatie</a></li></ul>',
    );
  },
  'GET /otp-activatie': (ex, session, ctx) => {
    if (requireSignedIn(ex, session, ctx) !== undefined)
      sendSignedIn(ex, 'OTP activatie', renderActivation());
  },
  'POST /otp-activatie': async (ex, session, ctx) => {
    const user = requireSignedIn(ex, session, ctx);
    if (user === undefined) return;
    const form = await readForm(ex.req);
    if (!user.payslipPasswords.every((password, i) => form.get(`payslip${i + 1}`) === password)) {
      return sendSignedIn(
        ex,
        'OTP activatie',
        renderActivation('Een of meer wachtwoorden zijn onjuist.'),
      );
    }
    // Scanning is the activation: the real site asks for no code afterwards.
    session.activationSecret = makeTotpSecret();
    user.totpSecrets.push(session.activationSecret);
    const body = `<h1>OTP-app registratie en activatie</h1>
<p>Tik in de OTP-app op 'Scan gekleurde QR-code' en scan deze code.</p>
<img id="qr" alt="Gekleurde QR-code" src="/otp-activatie/qr.png">`;
    sendSignedIn(ex, 'OTP activatie', body);
  },
  'GET /otp-activatie/qr.png': async ({ res }, session) => {
    const { werkboeknummer, activationSecret } = session;
    if (werkboeknummer === undefined || activationSecret === undefined)
      return sendText(res, 404, 'Geen QR-code');
    sendPng(res, await renderQrPng(formatMycepaUri(werkboeknummer, activationSecret), MYCEPA_QR));
  },
};

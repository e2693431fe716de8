import { readForm, redirect, sendHtml, sendPng, sendText, type Exchange } from './http-kit.ts';
import { renderError, renderPage } from './layout.ts';
import {
  describeVerdict,
  formatCpointUri,
  renderEmailCode,
  renderEnrol,
  renderLogin,
  renderMfa,
} from './cpoint-pages.ts';
import { CPOINT_QR, renderQrPng } from './qr.ts';
import type { Route, SiteContext } from './site-context.ts';
import type { CpointUser } from './users.ts';
import { checkTotp, makeDigits, makeTotpSecret } from './totp-check.ts';

/** Where a visitor is in C-point's login and enrolment flow. */
export type CpointStage =
  'anonymous' | 'mfa' | 'no-app' | 'email-login' | 'enrol-email' | 'enrol-app' | 'signed-in';

/** Server-side state of one C-point visitor. */
export interface CpointSession {
  stage: CpointStage;
  username: string | undefined;
  emailCode: { code: string; expiresAt: number } | undefined;
  /** The secret shown in the enrolment QR, until a code proves it was scanned. */
  pendingSecret: string | undefined;
  resetChallenge: string | undefined;
}

/** A session that has done nothing yet. */
export function makeCpointSession(): CpointSession {
  return {
    stage: 'anonymous',
    username: undefined,
    emailCode: undefined,
    pendingSecret: undefined,
    resetChallenge: undefined,
  };
}

const EMAIL_CODE_TTL_MS = 10 * 60 * 1000;
const EMAIL_STAGES: readonly CpointStage[] = ['email-login', 'enrol-email'];

function sendEmailCode(session: CpointSession, ctx: SiteContext, username: string): void {
  const code = makeDigits(6);
  const sentAt = ctx.now();
  session.emailCode = { code, expiresAt: sentAt + EMAIL_CODE_TTL_MS };
  const body = `Je eenmalig wachtwoord voor C-point is ${code}. Het blijft 10 minuten geldig.`;
  ctx.users.sendMail(username, { subject: 'Je eenmalig wachtwoord', body, code, sentAt });
}

/** The session's user when the session is at one of `stages`; else sends the visitor back to the login. */
function requireStage(
  ex: Exchange,
  session: CpointSession,
  ctx: SiteContext,
  stages: readonly CpointStage[],
): CpointUser | undefined {
  const user =
    session.username === undefined ? undefined : ctx.users.findCpointUser(session.username);
  if (user !== undefined && stages.includes(session.stage)) return user;
  redirect(ex.res, '/nl/login');
  return undefined;
}

/** The enrolling user and the secret in their QR code; else back to the login. */
function requireEnrolment(
  ex: Exchange,
  session: CpointSession,
  ctx: SiteContext,
): { user: CpointUser; secret: string } | undefined {
  const user = requireStage(ex, session, ctx, ['enrol-app']);
  if (user === undefined) return undefined;
  if (session.pendingSecret !== undefined) return { user, secret: session.pendingSecret };
  redirect(ex.res, '/nl/login');
  return undefined;
}

/** Login, authenticator code, e-mail code and first enrolment pages. */
export const CPOINT_LOGIN_ROUTES: Readonly<Record<string, Route<CpointSession>>> = {
  'GET /nl/login': ({ res }) => sendHtml(res, renderLogin()),
  'POST /nl/login': async (ex, session, ctx) => {
    const form = await readForm(ex.req);
    const user = ctx.users.findCpointUser(form.get('username') ?? '');
    if (user === undefined || user.password !== form.get('password')) {
      return sendHtml(ex.res, renderLogin('Gebruikersnaam of wachtwoord is onjuist.'));
    }
    Object.assign(session, makeCpointSession(), { username: user.username });
    if (form.get('method') === 'email') {
      session.stage = 'email-login';
      sendEmailCode(session, ctx, user.username);
      return redirect(ex.res, '/nl/email-code');
    }
    session.stage = user.totpSecret === undefined ? 'no-app' : 'mfa';
    redirect(ex.res, session.stage === 'mfa' ? '/nl/mfa' : '/nl/mfa/geen-app');
  },
  'GET /nl/mfa': (ex, session, ctx) => {
    if (requireStage(ex, session, ctx, ['mfa']) !== undefined) sendHtml(ex.res, renderMfa());
  },
  'POST /nl/mfa': async (ex, session, ctx) => {
    const user = requireStage(ex, session, ctx, ['mfa']);
    if (user === undefined) return;
    const token = (await readForm(ex.req)).get('otp') ?? '';
    const secret = user.totpSecret;
    if (secret === undefined) return redirect(ex.res, '/nl/login');
    const verdict = checkTotp({ secret, digits: 6, token, now: ctx.now(), used: user.used });
    if (verdict !== 'ok') return sendHtml(ex.res, renderMfa(describeVerdict(verdict)));
    session.stage = 'signed-in';
    redirect(ex.res, '/nl/welkom');
  },
  'GET /nl/mfa/geen-app': (ex, session, ctx) => {
    if (requireStage(ex, session, ctx, ['no-app']) === undefined) return;
    const body = `<h1>Verificatie</h1>
${renderError('Je hebt nog geen authenticator app geregistreerd.')}
<form method="post" action="/nl/mfa/geen-app"><button type="submit">Doorgaan</button></form>`;
    sendHtml(ex.res, renderPage('cpoint', 'Geen authenticator app', body));
  },
  'POST /nl/mfa/geen-app': (ex, session, ctx) => {
    const user = requireStage(ex, session, ctx, ['no-app']);
    if (user === undefined) return;
    session.stage = 'enrol-email';
    sendEmailCode(session, ctx, user.username);
    redirect(ex.res, '/nl/email-code');
  },
  'GET /nl/email-code': (ex, session, ctx) => {
    if (requireStage(ex, session, ctx, EMAIL_STAGES) !== undefined)
      sendHtml(ex.res, renderEmailCode());
  },
  'POST /nl/email-code': async (ex, session, ctx) => {
    if (requireStage(ex, session, ctx, EMAIL_STAGES) === undefined) return;
    const entered = (await readForm(ex.req)).get('emailCode') ?? '';
    const expected = session.emailCode;
    if (expected === undefined || expected.expiresAt < ctx.now() || entered !== expected.code) {
      return sendHtml(ex.res, renderEmailCode('Het eenmalig wachtwoord is onjuist of verlopen.'));
    }
    session.emailCode = undefined;
    if (session.stage === 'email-login') {
      session.stage = 'signed-in';
      return redirect(ex.res, '/nl/welkom');
    }
    session.stage = 'enrol-app';
    session.pendingSecret = makeTotpSecret();
    redirect(ex.res, '/nl/mfa/registreren');
  },
  'GET /nl/mfa/registreren': (ex, session, ctx) => {
    const enrolment = requireEnrolment(ex, session, ctx);
    if (enrolment !== undefined) sendHtml(ex.res, renderEnrol(enrolment.secret));
  },
  'GET /nl/mfa/qr.png': async ({ res }, session) => {
    const { username, pendingSecret } = session;
    if (session.stage !== 'enrol-app' || username === undefined || pendingSecret === undefined) {
      return sendText(res, 404, 'Geen QR-code');
    }
    sendPng(res, await renderQrPng(formatCpointUri(username, pendingSecret), CPOINT_QR));
  },
  'POST /nl/mfa/registreren': async (ex, session, ctx) => {
    const enrolment = requireEnrolment(ex, session, ctx);
    if (enrolment === undefined) return;
    const { user, secret } = enrolment;
    const token = (await readForm(ex.req)).get('otp') ?? '';
    const verdict = checkTotp({ secret, digits: 6, token, now: ctx.now(), used: user.used });
    if (verdict !== 'ok') return sendHtml(ex.res, renderEnrol(secret, describeVerdict(verdict)));
    user.totpSecret = secret;
    session.pendingSecret = undefined;
    session.stage = 'signed-in';
    redirect(ex.res, '/nl/welkom');
  },
};

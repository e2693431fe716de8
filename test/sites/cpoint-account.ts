import { makeCpointSession, type CpointSession } from './cpoint-login.ts';
import { readForm, redirect, sendHtml, type Exchange } from './http-kit.ts';
import { escapeHtml, renderError, renderPage } from './layout.ts';
import type { Route, SiteContext } from './site-context.ts';
import { makeDigits } from './totp-check.ts';
import type { CpointUser } from './users.ts';

function renderSignedIn(ex: Exchange, title: string, body: string): void {
  const nav =
    '<nav><a href="/nl/welkom">Start</a> · <a href="/nl/profiel">Mijn Profiel</a> · <a href="/nl/afmelden">Afmelden</a></nav>';
  sendHtml(ex.res, renderPage('cpoint', title, `${nav}${body}`));
}

function requireSignedIn(
  ex: Exchange,
  session: CpointSession,
  ctx: SiteContext,
): CpointUser | undefined {
  const user =
    session.username === undefined ? undefined : ctx.users.findCpointUser(session.username);
  if (session.stage === 'signed-in' && user !== undefined) return user;
  redirect(ex.res, '/nl/login');
  return undefined;
}

function renderProfile(ex: Exchange, user: CpointUser, notice = ''): void {
  const app =
    user.totpSecret === undefined
      ? 'Geen authenticator app geregistreerd.'
      : 'Authenticator App geregistreerd.';
  renderSignedIn(
    ex,
    'Mijn Profiel',
    `<h1>Mijn Profiel</h1>${notice}
<p>Gebruikersnaam: ${escapeHtml(user.username)}<br>E-mail: ${escapeHtml(user.email)}</p>
<p id="app-status">${app}</p>
<form method="post" action="/nl/profiel/wis-authenticator">
<button id="wis-authenticator" type="submit">Wis Authenticator App registratie</button>
</form>`,
  );
}

function renderForgot(session: CpointSession, error?: string): string {
  session.resetChallenge = makeDigits(5);
  return renderPage(
    'cpoint',
    'Wachtwoord vergeten',
    `<h1>Wachtwoord vergeten</h1>${renderError(error)}
<form method="post" action="/nl/wachtwoord-vergeten">
<label for="username">Gebruikersnaam</label>
<input id="username" name="username" maxlength="10" autocomplete="username">
<p>Code: <span id="challenge">${session.resetChallenge}</span></p>
<label for="resetCode">Geef de opgegeven code in</label>
<input id="resetCode" name="resetCode" inputmode="numeric" maxlength="6">
<button type="submit">Stuur reset link</button>
</form>`,
  );
}

function renderOutbox(ex: Exchange, ctx: SiteContext): void {
  const username = ex.url.searchParams.get('user') ?? '';
  const mails = ctx.users.outbox(username).map(
    (mail) => `<li class="mail"><strong>${escapeHtml(mail.subject)}</strong>
<p>${escapeHtml(mail.body)}</p>${mail.code === undefined ? '' : `<span class="code">${mail.code}</span>`}</li>`,
  );
  const list =
    mails.length === 0
      ? '<p id="empty">Geen berichten.</p>'
      : `<ol id="mails">${mails.join('')}</ol>`;
  const title = `Postvak van ${escapeHtml(username)}`;
  sendHtml(
    ex.res,
    renderPage(
      'cpoint',
      'Postvak (test)',
      `<h1>${title}</h1><p>Testpagina: de e-mails die de site verstuurde.</p>${list}`,
    ),
  );
}

/** Home, the signed-in pages, 'Wachtwoord vergeten' and the local outbox. */
export const CPOINT_ACCOUNT_ROUTES: Readonly<Record<string, Route<CpointSession>>> = {
  'GET /': ({ res }) => redirect(res, '/nl/'),
  'GET /nl/': ({ res }) =>
    sendHtml(
      res,
      renderPage(
        'cpoint',
        'Welkom',
        '<h1>Welkom op C-point</h1><p><a href="/nl/login">Login</a></p>',
      ),
    ),
  'GET /nl/welkom': (ex, session, ctx) => {
    const user = requireSignedIn(ex, session, ctx);
    if (user === undefined) return;
    renderSignedIn(
      ex,
      'Start',
      `<h1>Welkom, ${escapeHtml(user.username)}</h1><p id="status">Je bent aangelogd.</p>`,
    );
  },
  'GET /nl/profiel': (ex, session, ctx) => {
    const user = requireSignedIn(ex, session, ctx);
    if (user !== undefined) renderProfile(ex, user);
  },
  'POST /nl/profiel/wis-authenticator': (ex, session, ctx) => {
    const user = requireSignedIn(ex, session, ctx);
    if (user === undefined) return;
    user.totpSecret = undefined;
    renderProfile(
      ex,
      user,
      '<p class="notice" role="status">Je Authenticator App registratie is gewist.</p>',
    );
  },
  'GET /nl/afmelden': ({ res }, session) => {
    Object.assign(session, makeCpointSession());
    redirect(res, '/nl/');
  },
  'GET /nl/wachtwoord-vergeten': ({ res }, session) => sendHtml(res, renderForgot(session)),
  'POST /nl/wachtwoord-vergeten': async (ex, session, ctx) => {
    const form = await readForm(ex.req);
    const expected = session.resetChallenge;
    if (expected === undefined || form.get('resetCode') !== expected) {
      return sendHtml(ex.res, renderForgot(session, 'De opgegeven code is onjuist.'));
    }
    session.resetChallenge = undefined;
    const user = ctx.users.findCpointUser(form.get('username') ?? '');
    if (user !== undefined) {
      const body = 'Klik op de link om een nieuw wachtwoord te kiezen.';
      ctx.users.sendMail(user.username, {
        subject: 'Reset je wachtwoord',
        body,
        code: undefined,
        sentAt: ctx.now(),
      });
    }
    // The same answer whether or not the user exists, as real sites do.
    const done =
      '<h1>Wachtwoord vergeten</h1><p class="notice" role="status">Als de gebruiker bestaat, is er een reset link verstuurd.</p>';
    sendHtml(ex.res, renderPage('cpoint', 'Wachtwoord vergeten', done));
  },
  'GET /outbox': (ex, _session, ctx) => renderOutbox(ex, ctx),
};

import { escapeHtml, renderError, renderPage } from './layout.ts';
import type { CodeVerdict } from './totp-check.ts';

/** The six-digit authenticator field and 'Verzenden', shared with the variant pages. */
export function renderOtpForm(action: string, hidden = ''): string {
  return `<form method="post" action="${escapeHtml(action)}">${hidden}
<label for="otp">Verificatiecode</label>
<input id="otp" name="otp" inputmode="numeric" autocomplete="one-time-code" maxlength="6" pattern="[0-9]*">
<button type="submit">Verzenden</button>
</form>`;
}

/** The Dutch message for a refused code. */
export function describeVerdict(verdict: Exclude<CodeVerdict, 'ok'>): string {
  return verdict === 'reused'
    ? 'Deze verificatiecode werd al gebruikt.'
    : 'De verificatiecode is onjuist.';
}

/** The login page with method choice; `error` shows above the form. */
export function renderLogin(error?: string): string {
  return renderPage(
    'cpoint',
    'Login',
    `<h1>Login</h1>${renderError(error)}
<form method="post" action="/nl/login">
<label for="username">Gebruikersnaam</label>
<input id="username" name="username" maxlength="10" autocomplete="username">
<label for="password">Wachtwoord</label>
<input id="password" name="password" type="password" autocomplete="current-password">
<fieldset><legend>Verificatiemethode</legend>
<label><input type="radio" name="method" value="app" checked> Authenticator App</label>
<label><input type="radio" name="method" value="email"> Verificatiecode via e-mail</label>
</fieldset>
<button type="submit">Login</button>
</form>
<p><a href="/nl/wachtwoord-vergeten">Wachtwoord vergeten</a></p>`,
  );
}

/** The authenticator-code page. */
export function renderMfa(error?: string): string {
  const intro = '<p>Voer de verificatiecode in die op je authenticator app tevoorschijn komt.</p>';
  return renderPage(
    'cpoint',
    'Verificatie',
    `<h1>Verificatie</h1>${renderError(error)}${intro}${renderOtpForm('/nl/mfa')}`,
  );
}

/** The page for the one-time code sent by e-mail. */
export function renderEmailCode(error?: string): string {
  return renderPage(
    'cpoint',
    'Eenmalig wachtwoord',
    `<h1>Eenmalig wachtwoord</h1>${renderError(error)}
<p>We hebben een eenmalig wachtwoord naar je mailadres verzonden.</p>
<form method="post" action="/nl/email-code">
<label for="emailCode">Eenmalig wachtwoord uit je e-mail</label>
<input id="emailCode" name="emailCode" inputmode="numeric" autocomplete="one-time-code" maxlength="6">
<button type="submit">Login</button>
</form>`,
  );
}

/** The enrolment page: QR code, the secret as text, and the code field. */
export function renderEnrol(secret: string, error?: string): string {
  return renderPage(
    'cpoint',
    'Authenticator registreren',
    `<h1>Registreer je authenticator app</h1>${renderError(error)}
<p>Scan de QR-code met je authenticator app en voer daarna de verificatiecode in.</p>
<img id="qr" alt="QR-code" src="/nl/mfa/qr.png">
<p>Kan je niet scannen? Geef deze sleutel in: <code id="secret">${escapeHtml(secret)}</code></p>
${renderOtpForm('/nl/mfa/registreren')}`,
  );
}

/** The otpauth URI C-point puts in its enrolment QR code. */
export function formatCpointUri(username: string, secret: string): string {
  return `otpauth://totp/C-point:${encodeURIComponent(username)}?secret=${secret}&issuer=C-point`;
}

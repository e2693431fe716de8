import { renderError, renderPage } from './layout.ts';

/** The otpauth URI MyCepa puts in its coloured activation QR code. */
export function formatMycepaUri(werkboeknummer: string, secret: string): string {
  return `otpauth://totp/MyCepa:${encodeURIComponent(werkboeknummer)}?secret=${secret}&issuer=MyCepa&digits=10&period=30`;
}

/** The code login page; `error` shows above the form. */
export function renderLogin(error?: string): string {
  return renderPage(
    'mycepa',
    'Aanmelden',
    `<h1>Aanmelden</h1>${renderError(error)}
<form method="post" action="/">
<label for="username">Gebruikersnaam</label>
<input id="username" name="username" autocomplete="username">
<label for="password">Wachtwoord</label>
<input id="password" name="password" type="password" inputmode="numeric" maxlength="10">
<button type="submit">Aanmelden</button>
</form>
<p><a href="/hulp">Hulp bij het aanmelden</a></p>`,
  );
}

/** The body of 'OTP-app registratie en activatie' with the four payslip fields. */
export function renderActivation(error?: string): string {
  const fields = [1, 2, 3, 4].map(
    (n) =>
      `<label for="payslip${n}">Wachtwoord ${n}</label><input type="password" id="payslip${n}" name="payslip${n}">`,
  );
  return `<h1>OTP-app registratie en activatie</h1>${renderError(error)}
<p>Vul de 4 wachtwoorden in die op je loonafrekening staan. Gebruik geen spaties!</p>
<form method="post" action="/otp-activatie">${fields.join('\n')}<button type="submit">Aanmelden</button></form>`;
}

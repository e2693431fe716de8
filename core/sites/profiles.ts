import { cPointOrigin, myCepaOrigin } from './origins.ts';
import type { SiteProfile } from './site-profile.ts';

/**
 * MyCepa: the username is the werkboeknummer and 'Wachtwoord' takes the
 * 10 digits of the OTP app (seeds: 'Inloggen op MyCepa met de OTP-app').
 * Enrolment asks the 4 passwords of the payslip ('loonafrekening') on the
 * page 'OTP-app registratie en activatie' before a coloured QR code shows.
 */
export const myCepaProfile: SiteProfile = {
  id: 'mycepa',
  name: 'MyCepa',
  origin: myCepaOrigin,
  issuers: ['mycepa', 'cepa'],
  digits: 10,
  codeIsPassword: true,
  fillsUsername: true,
  steps: ['login', 'enrol'],
  colouredQr: true,
  words: {
    nl: {
      username: ['Gebruikersnaam', 'werkboeknummer'],
      otp: ['Wachtwoord'],
      submit: ['Aanmelden'],
      methodApp: [],
      methodEmail: [],
      forbidden: ['loonafrekening', 'OTP-app registratie en activatie', 'OTP activatie'],
      resetRegistration: [],
    },
    fr: {
      username: ["Nom d'utilisateur", 'numéro de livret de travail'],
      otp: ['Mot de passe'],
      submit: ['Se connecter'],
      methodApp: [],
      methodEmail: [],
      forbidden: ['fiche de paie', "activation de l'app OTP"],
      resetRegistration: [],
    },
    en: {
      username: ['Username', 'work book number'],
      otp: ['Password'],
      submit: ['Sign in'],
      methodApp: [],
      methodEmail: [],
      forbidden: ['payslip', 'OTP app activation'],
      resetRegistration: [],
    },
  },
};

/**
 * C-point: username and password, then a choice between 'Authenticator App'
 * and 'Verificatiecode via e-mail', then the 6-digit 'verificatiecode' and
 * 'Verzenden'. First use: an e-mailed one-time password ('eenmalig
 * wachtwoord dat naar je mailadres verzonden is'), then the QR code and the
 * verification code. 'Wachtwoord vergeten' asks a code shown on the page
 * (seeds: 'MFA_Externe gebruikers').
 */
export const cPointProfile: SiteProfile = {
  id: 'c-point',
  name: 'C-point',
  origin: cPointOrigin,
  issuers: ['c-point'],
  digits: 6,
  codeIsPassword: false,
  // The account name is the username, but the login form also asks a password
  // Havencode does not hold; leave that page to the browser's password manager.
  fillsUsername: false,
  steps: ['login', 'method', 'code', 'email-code', 'enrol'],
  colouredQr: false,
  words: {
    nl: {
      username: ['Gebruikersnaam'],
      otp: ['Verificatiecode', 'verificiatiecode'],
      submit: ['Verzenden', 'Login'],
      methodApp: ['Authenticator App'],
      methodEmail: ['Verificatiecode via e-mail'],
      forbidden: ['Wachtwoord vergeten', 'Geef de opgegeven code in', 'Stuur reset link'],
      resetRegistration: ['Wis Authenticator App registratie'],
    },
    fr: {
      username: ["Nom d'utilisateur"],
      otp: ['Code de vérification'],
      submit: ['Envoyer', 'Connexion'],
      methodApp: ["Application d'authentification", 'Authenticator App'],
      methodEmail: ['Code de vérification par e-mail'],
      forbidden: ['Mot de passe oublié'],
      resetRegistration: ["Effacer l'enregistrement de l'application d'authentification"],
    },
    en: {
      username: ['Username'],
      otp: ['Verification code'],
      submit: ['Send', 'Login'],
      methodApp: ['Authenticator App'],
      methodEmail: ['Verification code via e-mail'],
      forbidden: ['Forgot password'],
      resetRegistration: ['Clear Authenticator App registration'],
    },
  },
};

/** Every built-in site profile. */
export const siteProfiles: readonly SiteProfile[] = [myCepaProfile, cPointProfile];

/** Every word of `pick` in all three languages. */
export function siteWords(
  profile: SiteProfile,
  pick: (words: SiteProfile['words']['nl']) => readonly string[],
): string[] {
  return [...pick(profile.words.nl), ...pick(profile.words.fr), ...pick(profile.words.en)];
}

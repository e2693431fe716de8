import type { SiteProfile } from './site-profile.ts';

/**
 * MyCepa: the username is the werkboeknummer and the password field takes the
 * 10-digit code of the OTP app (seeds: 'Inloggen op MyCepa met de OTP-app').
 */
export const myCepaProfile: SiteProfile = {
  id: 'mycepa',
  name: 'MyCepa',
  origin: 'https://my.cepa.be',
  issuers: ['mycepa', 'cepa'],
  digits: 10,
  otpField: {
    selectors: ['input#password', 'input[name="password"]'],
    labels: ['wachtwoord', 'mot de passe', 'password'],
  },
  usernameField: {
    selectors: ['input#username', 'input[name="username"]', 'input[autocomplete="username"]'],
    labels: ['gebruikersnaam', 'werkboeknummer', "nom d'utilisateur", 'username'],
  },
  fillsUsername: true,
  // The four payslip passwords ('Wachtwoord 1' … 'Wachtwoord 4') unlock the enrolment.
  forbiddenFields: {
    selectors: ['input[name^="payslip"]', 'input[id^="payslip"]'],
    labels: ['wachtwoord 1', 'wachtwoord 2', 'wachtwoord 3', 'wachtwoord 4'],
  },
  forbiddenPages: [
    { paths: ['/otp-activatie'], headings: ['otp-app registratie en activatie', 'otp activatie'] },
  ],
  enrolmentPages: [
    {
      paths: ['/otp-activatie'],
      headings: ['otp-app registratie en activatie'],
      qrSelectors: ['canvas#qr', 'img#qr'],
      colouredQr: true,
    },
  ],
  resetRegistration: undefined,
  words: {
    nl: {
      username: ['Gebruikersnaam', 'werkboeknummer'],
      otp: ['Wachtwoord'],
      submit: ['Aanmelden'],
    },
    fr: {
      username: ["Nom d'utilisateur", 'numéro de livret de travail'],
      otp: ['Mot de passe'],
      submit: ['Se connecter'],
    },
    en: { username: ['Username', 'work book number'], otp: ['Password'], submit: ['Sign in'] },
  },
};

/**
 * C-point: username and password first, then the 6-digit authenticator code
 * ('Verificatiecode', 'Verzenden'); the e-mail code and the password-reset
 * code look alike and must never be filled (seeds: 'MFA_Externe gebruikers').
 */
export const cPointProfile: SiteProfile = {
  id: 'c-point',
  name: 'C-point',
  origin: 'https://www.c-point.be',
  issuers: ['c-point'],
  digits: 6,
  otpField: {
    selectors: ['input#otp', 'input[name="otp"]'],
    labels: ['verificatiecode', 'code de vérification', 'verification code'],
  },
  usernameField: {
    selectors: ['input#username', 'input[name="username"]'],
    labels: ['gebruikersnaam', "nom d'utilisateur", 'username'],
  },
  // The account name is the username, but the login form also asks a password
  // Havencode does not hold; leave that page to the browser's password manager.
  fillsUsername: false,
  forbiddenFields: {
    selectors: [
      'input#emailCode',
      'input[name="emailCode"]',
      'input#resetCode',
      'input[name="resetCode"]',
    ],
    labels: ['eenmalig wachtwoord uit je e-mail', 'geef de opgegeven code in'],
  },
  forbiddenPages: [
    { paths: ['/nl/email-code'], headings: ['verificatiecode via e-mail'] },
    {
      paths: ['/nl/wachtwoord-vergeten'],
      headings: ['wachtwoord vergeten', 'mot de passe oublié'],
    },
  ],
  enrolmentPages: [
    {
      paths: ['/nl/mfa/registreren'],
      headings: ['registreer je authenticator app'],
      qrSelectors: ['img#qr', 'canvas#qr'],
      colouredQr: false,
    },
  ],
  resetRegistration: {
    page: { paths: ['/nl/profiel'], headings: ['mijn profiel'] },
    selectors: ['button#wis-authenticator'],
    labels: ['wis authenticator app registratie'],
  },
  words: {
    nl: { username: ['Gebruikersnaam'], otp: ['Verificatiecode'], submit: ['Verzenden', 'Login'] },
    fr: {
      username: ["Nom d'utilisateur"],
      otp: ['Code de vérification'],
      submit: ['Envoyer', 'Connexion'],
    },
    en: { username: ['Username'], otp: ['Verification code'], submit: ['Send', 'Login'] },
  },
};

/** Every built-in site profile. */
export const siteProfiles: readonly SiteProfile[] = [myCepaProfile, cPointProfile];

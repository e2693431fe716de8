/** Which of the known sites a profile describes. */
export type SiteId = 'mycepa' | 'c-point';

/** The languages a site's words are kept in. */
export type SiteLanguage = 'nl' | 'fr' | 'en';

/**
 * The steps of a site's sign-in, in order, as the seeds describe them:
 * 'login' (username and password), 'method' (authenticator or e-mail),
 * 'code' (the authenticator code), 'email-code' (a code the site mailed),
 * 'enrol' (the QR code and its verification code).
 */
export type SiteStep = 'login' | 'method' | 'code' | 'email-code' | 'enrol';

/**
 * The words a site's pages use, per language (the seeds are Dutch; French
 * and English are how the same things read in those languages). Words are
 * compared after `normalizeText` (lower case, no accents).
 */
export interface SiteWords {
  /** The username field's caption. */
  readonly username: readonly string[];
  /** The code field's caption. */
  readonly otp: readonly string[];
  readonly submit: readonly string[];
  /** How the site names the authenticator method on the 'method' step. */
  readonly methodApp: readonly string[];
  /** How the site names the e-mailed code on the 'method' step. */
  readonly methodEmail: readonly string[];
  /** Headings and captions of pages where nothing may be filled (payslip passwords, reset). */
  readonly forbidden: readonly string[];
  /** The control that removes the authenticator registration, when the site has one. */
  readonly resetRegistration: readonly string[];
}

/** Everything Havencode knows about one site, as data: no selector, no path. */
export interface SiteProfile {
  readonly id: SiteId;
  /** The name shown to the user. */
  readonly name: string;
  /** The one exact origin (https, default port) where this profile applies. */
  readonly origin: string;
  /** Issuer names (lower case) whose accounts belong to this site; the host name counts too. */
  readonly issuers: readonly string[];
  /** Code length the site expects. */
  readonly digits: number;
  /** True when the code goes into the password field (MyCepa: the password is the code). */
  readonly codeIsPassword: boolean;
  /** True when the account name goes into an empty username field. */
  readonly fillsUsername: boolean;
  readonly steps: readonly SiteStep[];
  /** True when the site draws its enrolment QR code in colours. */
  readonly colouredQr: boolean;
  readonly words: Readonly<Record<SiteLanguage, SiteWords>>;
}

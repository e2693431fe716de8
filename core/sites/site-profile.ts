/** Which of the known sites a profile describes. */
export type SiteId = 'mycepa' | 'c-point';

/**
 * How a field looks on a site: CSS selectors first, then label words. Label
 * words are compared with the field's whole, normalised label (lower case, no
 * accents, no trailing ':' or '*'), so 'wachtwoord' never matches 'Wachtwoord 1'.
 */
export interface FieldSpec {
  readonly selectors: readonly string[];
  readonly labels: readonly string[];
}

/**
 * A page of the site, recognised by its exact path or by a heading (h1/h2 or
 * the document title) that contains one of the words. Real sites move pages
 * around, so both are given.
 */
export interface PageSpec {
  readonly paths: readonly string[];
  readonly headings: readonly string[];
}

/** A page where the site shows its enrolment QR code. */
export interface EnrolmentPage extends PageSpec {
  /** Where the QR code is drawn (img, canvas). */
  readonly qrSelectors: readonly string[];
  /** True when the site draws the QR code in colours. */
  readonly colouredQr: boolean;
}

/** A control that removes the authenticator registration on the site. */
export interface ResetControl {
  readonly page: PageSpec;
  readonly selectors: readonly string[];
  readonly labels: readonly string[];
}

/**
 * The words a site's pages use, per language, for messages and matching. The
 * sites are Dutch; the French and English words are what Havencode's own UI
 * calls the same things.
 */
export interface SiteWords {
  readonly username: readonly string[];
  readonly otp: readonly string[];
  readonly submit: readonly string[];
}

/** Everything Havencode knows about one site, as data. */
export interface SiteProfile {
  readonly id: SiteId;
  /** The name shown to the user. */
  readonly name: string;
  /** The one exact origin (https, default port) where this profile applies. */
  readonly origin: string;
  /** Issuer names (lower case) whose accounts belong to this site. */
  readonly issuers: readonly string[];
  /** Code length the site expects. */
  readonly digits: number;
  readonly otpField: FieldSpec;
  readonly usernameField: FieldSpec;
  /** True when the account name goes into an empty username field. */
  readonly fillsUsername: boolean;
  /** Fields that look like a code field but must never be filled. */
  readonly forbiddenFields: FieldSpec;
  /** Pages where nothing at all is filled. */
  readonly forbiddenPages: readonly PageSpec[];
  readonly enrolmentPages: readonly EnrolmentPage[];
  readonly resetRegistration: ResetControl | undefined;
  readonly words: Readonly<Record<'nl' | 'fr' | 'en', SiteWords>>;
}

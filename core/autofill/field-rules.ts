import { MAX_DIGITS, MIN_DIGITS } from '../otp/digits.ts';
import { siteWords } from '../sites/profiles.ts';
import type { SiteProfile } from '../sites/site-profile.ts';

/**
 * What the page says about one input, gathered from the DOM by
 * `readFieldHints`. Texts are normalised with `normalizeText`; `label` is the
 * field's own label alone, `text` every hint joined (label, aria-label,
 * placeholder, title, name, id split at camelCase).
 */
export interface FieldHints {
  label: string;
  text: string;
  type: string;
  autocomplete: string;
  inputMode: string;
  pattern: string;
  /** -1 when the field sets no maxlength. */
  maxLength: number;
}

/** Lower case, no accents, single spaces, no trailing ':' or '*'. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s:*]+$/, '')
    .trim();
}

/**
 * Splits 'emailCode' / 'otp_code' / 'loginForm:otpCode' into words for
 * matching; JSF's generated parts ('j_idt23') say nothing and are dropped.
 */
export function splitIdentifier(name: string): string {
  return name
    .replace(/j_id(t)?\d+/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_[\]:.-]+/g, ' ');
}

// Parts of a hint that mean "not the authenticator code", in nl, fr and en.
// Substrings, since Dutch glues words together ('herstelcode', 'kortingscode').
const FORBIDDEN_PARTS = [
  'mail',
  'courriel',
  'captcha',
  'coupon',
  'promo',
  'voucher',
  'korting',
  'cadeau',
  'gift',
  'herstel',
  'recovery',
  'recuperation',
  'secours',
  'backup',
  'reserve',
  'reset',
  'reinitialis',
  'opgegeven code',
  'code donne',
  'payslip',
  'loonafrekening',
  'fiche de paie',
  'postcode',
  'code postal',
  'zip',
  'phone',
  'telefoon',
  'gsm',
  'pincode',
] as const;

// Whole words only: these are short enough to hide inside unrelated words.
const FORBIDDEN_WORDS = ['sms', 'pin', 'cvc', 'cvv', 'iban'] as const;

const OTP_PARTS = [
  'one-time',
  'one time',
  'onetime',
  'verificatiecode',
  'verificiatiecode',
  'verification code',
  'verificationcode',
  'eenmalige code',
  'eenmalig wachtwoord',
  'authenticator',
  'authenticatie',
  'authentication code',
  'beveiligingscode',
  'code de verification',
  'code de securite',
  'code a usage unique',
  'mot de passe unique',
  'security code',
  'two-factor',
  'two factor',
  'tweestaps',
  'double authentification',
  'totp',
] as const;

const OTP_WORDS = ['otp', '2fa', 'mfa', 'tfa', 'totp', 'tan'] as const;
const DIGIT_WORDS = ['cijfer', 'digit', 'chiffre'] as const;

/** True when one of `words` stands alone (between non-alphanumerics) in `text`. */
function hasWord(text: string, words: readonly string[]): boolean {
  const tokens = new Set(text.split(/[^\p{L}\p{N}]+/u));
  return words.some((word) => tokens.has(word));
}

function hasPart(text: string, parts: readonly string[]): boolean {
  return parts.some((part) => text.includes(part));
}

/** True when the label is one of `words` (normalised, whole label). */
export function labelIsOneOf(hints: FieldHints, words: readonly string[]): boolean {
  return hints.label !== '' && words.some((word) => normalizeText(word) === hints.label);
}

/** True when the hints say this field is anything but the authenticator code. */
export function isForbiddenByHints(hints: FieldHints, profile: SiteProfile | undefined): boolean {
  if (hints.type === 'email' || hints.type === 'search') return true;
  if (profile !== undefined) {
    const forbidden = siteWords(profile, (words) => words.forbidden).map(normalizeText);
    if (forbidden.some((word) => hints.label.includes(word))) return true;
  }
  return hasPart(hints.text, FORBIDDEN_PARTS) || hasWord(hints.text, FORBIDDEN_WORDS);
}

/**
 * True when the field itself says it takes a one-time code (its label,
 * name or autocomplete), whatever the page around it says.
 */
export function saysOneTimeCode(hints: FieldHints): boolean {
  return (
    hints.autocomplete.split(' ').includes('one-time-code') ||
    hasPart(hints.text, OTP_PARTS) ||
    hasWord(hints.text, OTP_WORDS)
  );
}

/** True when the field could hold a code of `digits` digits (or any code when undefined). */
export function fitsCode(hints: FieldHints, digits: number | undefined): boolean {
  if (hints.maxLength < 0) return true;
  return hints.maxLength >= (digits ?? MIN_DIGITS);
}

const NUMERIC_PATTERN = /^(\[0-9\]|\\d)/;

/** How strongly the hints alone say "one-time code"; 40 or more is a candidate. */
export function scoreOtpHints(hints: FieldHints, profile: SiteProfile | undefined): number {
  let score = 0;
  if (
    profile !== undefined &&
    labelIsOneOf(
      hints,
      siteWords(profile, (w) => w.otp),
    )
  )
    score += 80;
  if (hints.autocomplete.split(' ').includes('one-time-code')) score += 60;
  if (hasPart(hints.text, OTP_PARTS) || hasWord(hints.text, OTP_WORDS)) score += 50;
  else if (hasWord(hints.text, ['code'])) score += 20;
  if (hasWord(hints.autocomplete, ['username', 'email', 'current-password', 'new-password'])) {
    score -= 60;
  }
  if (
    hints.inputMode === 'numeric' ||
    hints.type === 'tel' ||
    hints.type === 'number' ||
    NUMERIC_PATTERN.test(hints.pattern)
  ) {
    score += 10;
  }
  if (hints.maxLength >= MIN_DIGITS && hints.maxLength <= MAX_DIGITS) score += 10;
  if (profile !== undefined && hints.maxLength === profile.digits) score += 5;
  return score;
}

/** How strongly a run of one-character boxes looks like a split code field. */
export function scoreSplitHints(
  boxes: readonly FieldHints[],
  context: string,
  profile: SiteProfile | undefined,
): number {
  const text = [context, ...boxes.map((box) => box.text)].join(' ');
  let score = 20;
  if (profile !== undefined && boxes.length === profile.digits) score += 20;
  if (boxes.some((box) => box.autocomplete.split(' ').includes('one-time-code'))) score += 60;
  if (hasPart(text, OTP_PARTS) || hasWord(text, OTP_WORDS)) score += 50;
  if (hasPart(text, DIGIT_WORDS)) score += 20;
  if (
    boxes.every((box) => box.inputMode === 'numeric' || box.type === 'tel' || box.type === 'number')
  ) {
    score += 10;
  }
  return score;
}

/** From this score on, a field is the code field without doubt: it is filled. */
export const SURE_THRESHOLD = 50;
/** From this score on, a field may be the code field: the code is offered on a click. */
export const DOUBT_THRESHOLD = 20;

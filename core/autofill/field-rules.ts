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

/**
 * The words a field's own hints are read against, in nl, fr and en
 * (field-word-lists.ts; the content script gets them from the background).
 */
export interface FieldWords {
  /** Parts of a hint that mean "not the authenticator code". */
  readonly forbiddenParts: readonly string[];
  /** The same, as whole words only. */
  readonly forbiddenWords: readonly string[];
  /** Parts of a hint that mean "one-time code". */
  readonly otpParts: readonly string[];
  /** The same, as whole words only. */
  readonly otpWords: readonly string[];
  /** Parts of the words around one-character boxes that mean "one digit each". */
  readonly digitParts: readonly string[];
  /** Parts of a hint that mean "username". */
  readonly username: readonly string[];
}

/** True when one of `words` stands alone (between non-alphanumerics) in `text`. */
function hasWord(text: string, words: readonly string[]): boolean {
  const tokens = new Set(text.split(/[^\p{L}\p{N}]+/u));
  return words.some((word) => tokens.has(word));
}

/** True when one of `parts` occurs anywhere in `text`. */
export function includesAny(text: string, parts: readonly string[]): boolean {
  return parts.some((part) => text.includes(part));
}

/** True when the label is one of `words` (normalised, whole label). */
export function labelIsOneOf(hints: FieldHints, words: readonly string[]): boolean {
  return hints.label !== '' && words.some((word) => normalizeText(word) === hints.label);
}

/** True when the hints say this field is anything but the authenticator code. */
export function isForbiddenByHints(
  hints: FieldHints,
  profile: SiteProfile | undefined,
  words: FieldWords,
): boolean {
  if (hints.type === 'email' || hints.type === 'search') return true;
  if (profile !== undefined) {
    const forbidden = siteWords(profile, (words) => words.forbidden).map(normalizeText);
    if (forbidden.some((word) => hints.label.includes(word))) return true;
  }
  return includesAny(hints.text, words.forbiddenParts) || hasWord(hints.text, words.forbiddenWords);
}

/**
 * True when the field itself says it takes a one-time code (its label,
 * name or autocomplete), whatever the page around it says.
 */
export function saysOneTimeCode(hints: FieldHints, words: FieldWords): boolean {
  return hasOneTimeCodeAutocomplete(hints) || saysOtp(hints.text, words);
}

function hasOneTimeCodeAutocomplete(hints: FieldHints): boolean {
  return hints.autocomplete.split(' ').includes('one-time-code');
}

function saysOtp(text: string, words: FieldWords): boolean {
  return includesAny(text, words.otpParts) || hasWord(text, words.otpWords);
}

/** True when the field could hold a code of `digits` digits (or any code when undefined). */
export function fitsCode(hints: FieldHints, digits: number | undefined): boolean {
  if (hints.maxLength < 0) return true;
  return hints.maxLength >= (digits ?? MIN_DIGITS);
}

const NUMERIC_PATTERN = /^(\[0-9\]|\\d)/;

/** How strongly the hints alone say "one-time code"; 40 or more is a candidate. */
export function scoreOtpHints(
  hints: FieldHints,
  profile: SiteProfile | undefined,
  words: FieldWords,
): number {
  let score = 0;
  if (
    profile !== undefined &&
    labelIsOneOf(
      hints,
      siteWords(profile, (w) => w.otp),
    )
  )
    score += 80;
  if (hasOneTimeCodeAutocomplete(hints)) score += 60;
  if (saysOtp(hints.text, words)) score += 50;
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
  words: FieldWords,
): number {
  const text = [context, ...boxes.map((box) => box.text)].join(' ');
  let score = 20;
  if (profile !== undefined && boxes.length === profile.digits) score += 20;
  if (boxes.some(hasOneTimeCodeAutocomplete)) score += 60;
  if (saysOtp(text, words)) score += 50;
  if (includesAny(text, words.digitParts)) score += 20;
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

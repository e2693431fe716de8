import { siteWords } from '../sites/profiles.ts';
import type { SiteProfile } from '../sites/site-profile.ts';
import { includesAny, normalizeText, type FieldWords } from './field-rules.ts';

/** Why the words around a code field say it is not the authenticator's code. */
export type RefusalReason =
  'email' | 'sms' | 'reset' | 'recovery' | 'captcha' | 'change-password' | 'site';

/** What the words around a code field say, once read. */
export interface ContextVerdict {
  /** Set when the code is one Havencode must never fill. */
  refusal: RefusalReason | undefined;
  /** The words name an authenticator app, two-step sign-in or the site's code. */
  authenticator: boolean;
  /** The page sets up an authenticator (scan a QR code): the code comes from the new account. */
  enrolment: boolean;
}

/**
 * The phrases the words around a code field are read against (see
 * context-word-lists.ts), and the words of the field's own hints.
 */
export interface ContextWords {
  /** Per reason, phrases that refuse the field. */
  readonly refusals: readonly (readonly [RefusalReason, readonly string[]])[];
  /** Phrases that name an authenticator app or two-step sign-in. */
  readonly authenticator: readonly string[];
  /** Phrases of a page that sets up an authenticator. */
  readonly enrolment: readonly string[];
  /** Phrases that say the text nearby is a set-up key to type by hand (setup-key.ts). */
  readonly setupKey: readonly string[];
  /** The words a field's own hints are read against (field-word-lists.ts). */
  readonly field: FieldWords;
}

/**
 * Reads the words around a code field (`text`, already gathered and
 * normalised) in nl, fr and en. A refusal wins over anything else: in doubt,
 * a code sent by e-mail or SMS is not filled.
 */
export function judgeContext(
  text: string,
  profile: SiteProfile | undefined,
  words: ContextWords,
): ContextVerdict {
  let refusal = words.refusals.find(([, phrases]) => includesAny(text, phrases))?.[0];
  if (refusal === undefined && profile !== undefined) {
    const forbidden = siteWords(profile, (w) => [...w.forbidden, ...w.methodEmail]);
    if (includesAny(text, forbidden.map(normalizeText))) refusal = 'site';
  }
  const siteCode =
    profile === undefined ? [] : siteWords(profile, (w) => [...w.otp, ...w.methodApp]);
  return {
    refusal,
    authenticator:
      includesAny(text, words.authenticator) ||
      (!profile?.codeIsPassword && includesAny(text, siteCode.map(normalizeText))),
    enrolment: includesAny(text, words.enrolment),
  };
}

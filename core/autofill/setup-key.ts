import { includesAny, normalizeText } from './field-rules.ts';

/**
 * The "can't scan? enter this key" line of an authenticator set-up page:
 * the secret shown as base32 text (often in groups of four), a second
 * source for enrolment besides the QR code. Keycloak's
 * login-config-totp.ftl, for one, shows it as `kc-totp-secret-key` under
 * "Unable to scan?" (https://github.com/keycloak/keycloak, themes/…/login/login-config-totp.ftl).
 */

/** RFC 4648 base32, at least 16 characters (80 bits), maybe in groups split by spaces or dashes. */
const GROUPED_KEY =
  /(?:^|[^A-Za-z0-9])((?:[A-Z2-7]{2,8}[ -]?){2,}[A-Z2-7]{2,8}|[A-Z2-7]{16,})(?=$|[^A-Za-z0-9])/g;

/**
 * The base32 secret in `text` (spaces and dashes dropped, upper case), or
 * undefined: one candidate of 16 to 128 characters, with at least one
 * digit 2–7 or of 32 characters or more, so an ordinary capitalised word
 * never counts. Case is kept strict: a key is shown in capitals.
 */
export function findSetupKey(text: string): string | undefined {
  const keys = [...text.matchAll(GROUPED_KEY)]
    .map((match) => (match[1] ?? '').replace(/[ -]/g, ''))
    .filter(
      (key) => key.length >= 16 && key.length <= 128 && (/[2-7]/.test(key) || key.length >= 32),
    );
  return keys.length === 1 ? keys[0] : undefined;
}

/**
 * True when `text` (the key's surroundings) says it is a key to enter by
 * hand: it holds one of `words` (ContextWords' `setupKey`, normalised).
 */
export function mentionsSetupKey(text: string, words: readonly string[]): boolean {
  return includesAny(normalizeText(text), words);
}

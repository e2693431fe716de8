/**
 * Which kind of account URI a text is, by its scheme alone (no parsing):
 * kept apart from the parsers so that a screen can sort scanned texts
 * without loading them.
 */

const ACCOUNT_URI = /^otpauth(-migration)?:/i;
const MIGRATION_URI = /^otpauth-migration:/i;

/** True for an account URI: otpauth:// (Key URI) or otpauth-migration:// (Google Authenticator export). */
export function isAccountUri(text: string): boolean {
  return ACCOUNT_URI.test(text.trim());
}

/** True for a Google Authenticator export, otpauth-migration://. */
export function isMigrationUri(text: string): boolean {
  return MIGRATION_URI.test(text.trim());
}

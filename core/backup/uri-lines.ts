/**
 * Plain-text lists of account URIs: otpauth:// lines (many apps export these)
 * and Google Authenticator's otpauth-migration:// export URIs, one per line.
 */
import { HavenError } from '../errors.ts';
import type { OtpAccount } from '../otp/account.ts';
import { parseMigrationUri } from '../uri/migration-uri.ts';
import { formatOtpauthUri, parseOtpauthUri } from '../uri/otpauth-uri.ts';
import { isAccountUri, isMigrationUri } from '../uri/scheme.ts';
import { splitLabel } from '../uri/label.ts';
import { describeEntry } from './entry.ts';
import type { ImportedEntry, SkippedEntry } from './types.ts';

const OTPAUTH_LABEL = /^otpauth:\/\/[^/?]*\/([^?]*)(\?.*)?$/is;

/** The non-blank lines of a text, trimmed, with their 1-based line numbers. */
export function readLines(text: string): { text: string; number: number }[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line, index) => ({ text: line.trim(), number: index + 1 }))
    .filter((line) => line.text !== '');
}

/**
 * Reads every account of a list of URIs. A line that is no account URI, or
 * one that does not parse (a Steam URI, a bad secret), is skipped with its reason.
 */
export function readUriLines(text: string): { accounts: ImportedEntry[]; skipped: SkippedEntry[] } {
  const accounts: ImportedEntry[] = [];
  const skipped: SkippedEntry[] = [];
  for (const line of readLines(text)) {
    try {
      accounts.push(...parseLine(line.text).map((account) => ({ account })));
    } catch (error) {
      if (!(error instanceof HavenError)) throw error;
      skipped.push({
        name: nameUriLine(line.text, line.number),
        reason: error.message,
        code: error.code,
      });
    }
  }
  return { accounts, skipped };
}

/**
 * Writes accounts as plain otpauth:// lines, secrets in clear. The UI asks the
 * user to confirm first (CONTRACT: `confirm-yes`), since anyone who reads the
 * file can compute every code.
 */
export function exportOtpauthLines(accounts: readonly OtpAccount[]): string {
  return accounts.map((account) => `${formatOtpauthUri(account)}\n`).join('');
}

/** "Issuer: account" from an otpauth:// line's label and issuer (never its secret), else "Line N". */
export function nameUriLine(line: string, number: number): string {
  const match = OTPAUTH_LABEL.exec(line);
  const label = decodeSafely(match?.[1] ?? '');
  const issuer = decodeSafely(
    /[?&]issuer=([^&]*)/i.exec(match?.[2] ?? '')?.[1]?.replace(/\+/g, ' ') ?? '',
  );
  const { prefix, account } = splitLabel(label, issuer === '' ? undefined : issuer);
  return describeEntry(issuer === '' ? prefix : issuer, account, `Line ${number}`);
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch (cause) {
    // A broken %-escape: the line is named by its number instead.
    if (cause instanceof URIError) return '';
    throw cause;
  }
}

function parseLine(line: string): OtpAccount[] {
  if (isMigrationUri(line)) return parseMigrationUri(line).accounts;
  if (isAccountUri(line)) return [parseOtpauthUri(line)];
  throw new HavenError('uri/not-otpauth', 'The line is not an otpauth:// URI.');
}

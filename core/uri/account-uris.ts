import { HavenError } from '../errors.ts';
import type { OtpAccount } from '../otp/account.ts';
import { parseMigrationUri } from './migration-uri.ts';
import { parseOtpauthUri } from './otpauth-uri.ts';
import { isMigrationUri } from './scheme.ts';
import { addErrorContext } from './uri-error.ts';

/**
 * Reads every account in a pasted text: one otpauth:// or
 * otpauth-migration:// URI, or several of either, one per line (blank lines
 * are skipped). An error names its line when there is more than one.
 */
export function parseAccountUris(text: string): OtpAccount[] {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((line, index) => ({ uri: line.trim(), number: index + 1 }))
    .filter(({ uri }) => uri !== '');
  if (lines.length === 0) {
    throw new HavenError('uri/not-otpauth', 'The text holds no otpauth:// URI.');
  }
  return lines.flatMap(({ uri, number }) => {
    try {
      return parseAccountUri(uri);
    } catch (error) {
      throw lines.length > 1 ? addErrorContext(error, `Line ${number}`) : error;
    }
  });
}

function parseAccountUri(uri: string): OtpAccount[] {
  return isMigrationUri(uri) ? parseMigrationUri(uri).accounts : [parseOtpauthUri(uri)];
}

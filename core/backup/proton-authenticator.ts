/** Proton Authenticator exports: JSON `{ version, entries: [{ content: { uri, name } }] }`. */
import { asObject, requireArray, requireObject } from './encoding.ts';
import { collectEntries, describeEntry } from './entry.ts';
import { readTotpField } from './totp-field.ts';
import type { ReadEntries } from './types.ts';

/** True when `file` has the shape of a Proton Authenticator export. */
export function isProtonAuthenticatorExport(file: Record<string, unknown>): boolean {
  return (
    typeof file.version === 'number' &&
    Array.isArray(file.entries) &&
    file.entries.every((entry) => asObject(asObject(entry)?.content) !== undefined)
  );
}

/** Reads a Proton Authenticator export: each entry is an otpauth:// URI. */
export function readProtonAuthenticatorExport(file: Record<string, unknown>): ReadEntries {
  return collectEntries(
    requireArray(file.entries, 'entries'),
    (item, index) => {
      const content = requireObject(
        requireObject(item, `entry ${index + 1}`).content,
        `entry ${index + 1} content`,
      );
      return {
        account: readTotpField(content.uri, { issuer: undefined, account: readName(content.name) }),
      };
    },
    (item, index) =>
      describeEntry(undefined, asObject(asObject(item)?.content)?.name, `Entry ${index + 1}`),
  );
}

function readName(name: unknown): string | undefined {
  return typeof name === 'string' ? name : undefined;
}

import { HavenError } from '../errors.ts';
import { quoteValue } from './uri-error.ts';

/** The issuer and account name that a label ("Issuer:account") carries. */
export interface LabelParts {
  issuer: string | undefined;
  account: string;
}

/** A label cut at its issuer prefix; `prefix` is undefined when the label has none. */
export interface SplitLabel {
  prefix: string | undefined;
  account: string;
}

/**
 * Reads a percent-encoded Key URI label together with the `issuer` parameter.
 * The parameter wins when both name the issuer, but they must agree
 * (https://github.com/google/google-authenticator/wiki/Key-Uri-Format#issuer).
 */
export function parseLabel(encoded: string, issuerParam: string | undefined): LabelParts {
  const { prefix, account } = splitLabel(decodeLabel(encoded), issuerParam);
  if (prefix !== undefined && issuerParam !== undefined && !isSameIssuer(prefix, issuerParam)) {
    throw new HavenError(
      'uri/issuer-mismatch',
      `The label names issuer ${quoteValue(prefix)} but the issuer parameter says ${quoteValue(issuerParam)}.`,
    );
  }
  return { issuer: issuerParam ?? prefix, account: requireAccount(account) };
}

/**
 * Cuts "Issuer:account" at the colon after the issuer. When the issuer is
 * known, a label starting with it is cut right after it, so an issuer that
 * itself holds a colon ("A:B") survives. Both parts are trimmed; an empty
 * prefix counts as none.
 */
export function splitLabel(label: string, issuer: string | undefined): SplitLabel {
  const known =
    issuer !== undefined &&
    label[issuer.length] === ':' &&
    isSameIssuer(label.slice(0, issuer.length), issuer);
  const colon = known ? issuer.length : label.indexOf(':');
  if (colon < 0) return { prefix: undefined, account: label.trim() };
  const prefix = label.slice(0, colon).trim();
  return { prefix: prefix === '' ? undefined : prefix, account: label.slice(colon + 1).trim() };
}

/**
 * Joins an issuer and account name into a label that splitLabel reads back,
 * passing each part through `encode`.
 */
export function joinLabel(parts: LabelParts, encode: (part: string) => string = String): string {
  const account = encode(parts.account);
  if (parts.issuer !== undefined) return `${encode(parts.issuer)}:${account}`;
  // An empty prefix keeps a colon inside an issuer-less name from being read as an issuer.
  return parts.account.includes(':') ? `:${account}` : account;
}

/** Trims an issuer and account name: an empty issuer becomes none, an empty name is an error. */
export function cleanLabelParts(parts: LabelParts): LabelParts {
  const issuer = parts.issuer?.trim();
  return {
    issuer: issuer === '' ? undefined : issuer,
    account: requireAccount(parts.account.trim()),
  };
}

/** Percent-encodes one label part or parameter value ('@' stays readable, as RFC 3986 allows). */
export function encodeUriPart(part: string): string {
  try {
    return encodeURIComponent(part).replaceAll('%40', '@');
  } catch (cause) {
    // Only a lone UTF-16 surrogate makes encodeURIComponent throw.
    throw new HavenError('uri/invalid-label', 'The issuer or account name is not valid text.', {
      cause,
    });
  }
}

/** True when two issuer spellings name the same issuer: case and form-encoded '+' aside. */
export function isSameIssuer(a: string, b: string): boolean {
  const normalize = (issuer: string) => issuer.replaceAll('+', ' ').trim().toLowerCase();
  return normalize(a) === normalize(b);
}

function decodeLabel(encoded: string): string {
  try {
    return decodeURIComponent(encoded);
  } catch (cause) {
    throw new HavenError(
      'uri/invalid-label',
      `The label ${quoteValue(encoded)} is badly percent-encoded.`,
      {
        cause,
      },
    );
  }
}

function requireAccount(account: string): string {
  if (account !== '') return account;
  throw new HavenError('uri/invalid-label', 'The label names no account.');
}

/**
 * 2FAS Authenticator backups (.2fas, JSON with `services` and `schemaVersion`),
 * plain or encrypted: `servicesEncrypted` is "data:salt:iv" in base64, the key
 * PBKDF2-HMAC-SHA256 (10 000 iterations) of the passphrase, the cipher AES-256-GCM
 * (as Aegis' TwoFASImporter and 2fas-backup-decryptor read it).
 */
import { splitLabel } from '../uri/label.ts';
import { decodeUtf8 } from '../vault/bytes.ts';
import {
  asObject,
  corrupt,
  decodeBase64,
  parseJson,
  requireArray,
  requireObject,
} from './encoding.ts';
import { buildAccount, collectEntries, describeEntry, pickText } from './entry.ts';
import { decryptAesGcm, derivePbkdf2 } from './foreign-crypto.ts';
import type { ImportedEntry, ReadEntries } from './types.ts';

const PBKDF2_ITERATIONS = 10_000;
const LINK_LABEL = /^otpauth:\/\/[^/?]*\/([^?]*)/i;

/** True when `file` has the shape of a 2FAS backup. */
export function isTwofasBackup(file: Record<string, unknown>): boolean {
  return Array.isArray(file.services) && typeof file.schemaVersion === 'number';
}

/** True when a 2FAS backup holds its services encrypted. */
export function isTwofasEncrypted(file: Record<string, unknown>): boolean {
  return typeof file.servicesEncrypted === 'string' && file.servicesEncrypted !== '';
}

/** Reads a plain 2FAS backup. */
export function readTwofasBackup(file: Record<string, unknown>): ReadEntries {
  return readServices(requireArray(file.services, 'services'));
}

/** Decrypts and reads an encrypted 2FAS backup; 'backup/wrong-password' when it does not open. */
export async function readTwofasEncrypted(
  file: Record<string, unknown>,
  passphrase: string,
): Promise<ReadEntries> {
  const parts = String(file.servicesEncrypted).split(':');
  if (parts.length < 3) throw corrupt('servicesEncrypted is not data:salt:iv');
  const [data, salt, iv] = parts.map((part, i) =>
    decodeBase64(part, `servicesEncrypted part ${i + 1}`),
  );
  if (data === undefined || salt === undefined || iv === undefined) {
    throw corrupt('servicesEncrypted is not data:salt:iv');
  }
  const key = await derivePbkdf2(passphrase, salt, PBKDF2_ITERATIONS, 'SHA-256');
  const plaintext = await decryptAesGcm(key, iv, data);
  return readServices(requireArray(parseJson(decodeUtf8(plaintext)), 'services'));
}

function readServices(services: unknown[]): ReadEntries {
  return collectEntries(services, readTwofasService, nameTwofasService);
}

/** Reads one 2FAS service; TOTP when `tokenType` is absent (older schemas), Steam is skipped. */
export function readTwofasService(item: unknown, index: number): ImportedEntry {
  const service = requireObject(item, `service ${index + 1}`);
  const otp = asObject(service.otp) ?? {};
  const issuer = pickText(otp.issuer, service.name);
  return {
    account: buildAccount({
      type: otp.tokenType ?? 'totp',
      // `name` is the service as the user sees it; `otp.issuer` is what the QR code said.
      issuer,
      // The user's own edit first, then the label of the link the account came from.
      account: pickText(otp.account, readLinkAccount(otp.link, issuer), otp.label),
      secret: service.secret,
      algorithm: otp.algorithm,
      digits: otp.digits,
      period: otp.period,
      counter: otp.counter,
    }),
  };
}

/** "Service: account" of a 2FAS service, for the list of skipped entries. */
export function nameTwofasService(item: unknown, index: number): string {
  const service = asObject(item);
  const otp = asObject(service?.otp);
  return describeEntry(service?.name, pickText(otp?.account, otp?.label), `Service ${index + 1}`);
}

/** The account part of an otpauth:// link's label, or undefined when the link has none. */
function readLinkAccount(link: unknown, issuer: string | undefined): string | undefined {
  const label = typeof link === 'string' ? LINK_LABEL.exec(link.trim())?.[1] : undefined;
  if (label === undefined) return undefined;
  try {
    return splitLabel(decodeURIComponent(label), issuer).account;
  } catch (cause) {
    // A label with a broken %-escape names nobody; the entry keeps its other names.
    if (cause instanceof URIError) return undefined;
    throw cause;
  }
}

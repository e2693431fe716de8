/**
 * 2FAS Authenticator backups (.2fas, JSON with `services` and `schemaVersion`).
 * Only plain backups: an encrypted one (`servicesEncrypted`) is refused with a
 * message saying how to export it without a password.
 */
import { HavenError } from '../errors.ts';
import { asObject, requireArray, requireObject } from './encoding.ts';
import { buildAccount, describeEntry, pickText } from './entry.ts';
import type { ImportedEntry } from './types.ts';

/** True when `file` has the shape of a 2FAS backup. */
export function isTwofasBackup(file: Record<string, unknown>): boolean {
  return Array.isArray(file.services) && typeof file.schemaVersion === 'number';
}

/** The services of a plain 2FAS backup; 'backup/unsupported' for an encrypted one. */
export function readTwofasServices(file: Record<string, unknown>): unknown[] {
  if (typeof file.servicesEncrypted === 'string' && file.servicesEncrypted !== '') {
    throw new HavenError(
      'backup/unsupported',
      'This 2FAS backup is encrypted: export it again from 2FAS without a password.',
    );
  }
  return requireArray(file.services, 'services');
}

/** Reads one 2FAS service; TOTP when `tokenType` is absent (older schemas), Steam is skipped. */
export function readTwofasService(item: unknown, index: number): ImportedEntry {
  const service = requireObject(item, `service ${index + 1}`);
  const otp = asObject(service.otp) ?? {};
  return {
    account: buildAccount({
      type: otp.tokenType ?? 'totp',
      // `name` is the service as the user sees it; `otp.issuer` is what the QR code said.
      issuer: pickText(otp.issuer, service.name),
      account: pickText(otp.account, otp.label),
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

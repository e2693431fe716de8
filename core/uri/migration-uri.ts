import { base64Decode, base64Encode } from '@bufbuild/protobuf/wire';
import { HavenError } from '../errors.ts';
import type { OtpAccount, OtpAlgorithm } from '../otp/account.ts';
import { decodeBase32, encodeBase32 } from './base32.ts';
import { cleanLabelParts, isSameIssuer, joinLabel, splitLabel } from './label.ts';
import type { LabelParts } from './label.ts';
import { decodeMigrationPayload, encodeMigrationPayload } from './migration-payload.ts';
import type { OtpParameters } from './migration-payload.ts';
import { checkAlgorithm, checkCounter, checkDigits, DEFAULT_PERIOD } from './otp-params.ts';
import { addErrorContext } from './uri-error.ts';

/** The accounts of one Google Authenticator export QR code, with its place in the batch. */
export interface MigrationBatch {
  accounts: OtpAccount[];
  version: number;
  /** How many QR codes the whole export spans. */
  batchSize: number;
  /** Which of them this one is, from 0. */
  batchIndex: number;
  /** The same for every QR code of one export. */
  batchId: number;
}

/** The batch fields formatMigrationUri takes; each has a default. */
export type MigrationBatchInfo = Omit<MigrationBatch, 'accounts'>;

const MIGRATION = /^otpauth-migration:\/\/[^?]*\?(.*)$/is;
const ALGORITHMS: Record<number, OtpAlgorithm> = { 0: 'SHA1', 1: 'SHA1', 2: 'SHA256', 3: 'SHA512' };
const ALGORITHM_CODES: Record<OtpAlgorithm, number> = { SHA1: 1, SHA256: 2, SHA512: 3 };
const MD5 = 4;
const DIGITS: Record<number, number> = { 0: 6, 1: 6, 2: 8 };
const DIGIT_CODES: Record<number, number> = { 6: 1, 8: 2 };
const HOTP = 1;
const TOTP = 2;
const DEFAULT_BATCH: MigrationBatchInfo = { version: 1, batchSize: 1, batchIndex: 0, batchId: 0 };
const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/** Parses a Google Authenticator export URI, otpauth-migration://offline?data=… */
export function parseMigrationUri(text: string): MigrationBatch {
  const payload = decodeMigrationPayload(decodeData(readDataParam(text.trim())));
  const accounts = payload.otpParameters.map((parameters, index) => {
    try {
      return toAccount(parameters);
    } catch (error) {
      throw addErrorContext(error, `Account ${index + 1} of the export`);
    }
  });
  const { version, batchSize, batchIndex, batchId } = payload;
  return { accounts, version, batchSize, batchIndex, batchId };
}

/**
 * Writes accounts as one Google Authenticator export URI. The format carries
 * 6 or 8 digits and 30-second periods only; other accounts are an error.
 */
export function formatMigrationUri(
  accounts: OtpAccount[],
  batch: Partial<MigrationBatchInfo> = {},
): string {
  // Field by field: a whole MigrationBatch may be passed in, accounts and all.
  const info: MigrationBatchInfo = {
    version: checkInt32('version', batch.version ?? DEFAULT_BATCH.version),
    batchSize: checkInt32('batchSize', batch.batchSize ?? DEFAULT_BATCH.batchSize),
    batchIndex: checkInt32('batchIndex', batch.batchIndex ?? DEFAULT_BATCH.batchIndex),
    batchId: checkInt32('batchId', batch.batchId ?? DEFAULT_BATCH.batchId),
  };
  const otpParameters = accounts.map((account, index) => {
    try {
      return toParameters(account);
    } catch (error) {
      throw addErrorContext(error, `Account ${index + 1}`);
    }
  });
  const data = base64Encode(encodeMigrationPayload({ otpParameters, ...info }));
  return `otpauth-migration://offline?data=${encodeURIComponent(data)}`;
}

function readDataParam(uri: string): string {
  const query = MIGRATION.exec(uri)?.[1];
  if (query === undefined) {
    throw new HavenError('uri/not-otpauth', 'The text is not an otpauth-migration:// URI.');
  }
  // Split by hand: URLSearchParams would turn the '+' of unescaped base64 into a space.
  const data = query.split('&').find((param) => param.toLowerCase().startsWith('data='));
  if (data === undefined || data.length === 'data='.length) {
    throw new HavenError('uri/invalid-migration', 'The export URI has no data parameter.');
  }
  try {
    // A space can only be a '+' that went through form decoding on the way here.
    return decodeURIComponent(data.slice('data='.length)).replaceAll(' ', '+');
  } catch (cause) {
    throw new HavenError('uri/invalid-migration', 'The export data is badly percent-encoded.', {
      cause,
    });
  }
}

function decodeData(base64: string): Uint8Array {
  try {
    return base64Decode(base64);
  } catch (cause) {
    throw new HavenError('uri/invalid-migration', 'The export data is not base64.', { cause });
  }
}

function toAccount(parameters: OtpParameters): OtpAccount {
  if (parameters.secret.length === 0) {
    throw new HavenError('uri/missing-secret', 'The account has no secret.');
  }
  const base = {
    ...readName(parameters),
    secret: encodeBase32(parameters.secret),
    algorithm: readAlgorithmCode(parameters.algorithm),
    digits: readDigitsCode(parameters.digits),
  };
  if (parameters.type === HOTP) {
    return { type: 'hotp', ...base, counter: readCounterValue(parameters.counter) };
  }
  if (parameters.type === TOTP || parameters.type === 0) {
    return { type: 'totp', ...base, period: DEFAULT_PERIOD };
  }
  throw new HavenError('uri/invalid-type', `Unknown OTP type code ${parameters.type}.`);
}

// Unlike a Key URI, an export whose name prefix differs from its issuer field
// is not rejected: the user may have renamed the account in the app, so the
// whole name is kept as the account name.
function readName(parameters: OtpParameters): LabelParts {
  const issuer = parameters.issuer.trim() || undefined;
  const { prefix, account } = splitLabel(parameters.name, issuer);
  if (issuer !== undefined && prefix !== undefined && !isSameIssuer(prefix, issuer)) {
    return cleanLabelParts({ issuer, account: parameters.name });
  }
  return cleanLabelParts({ issuer: issuer ?? prefix, account });
}

function readAlgorithmCode(code: number): OtpAlgorithm {
  const algorithm = ALGORITHMS[code];
  if (algorithm !== undefined) return algorithm;
  const what = code === MD5 ? 'MD5 is not supported' : `unknown algorithm code ${code}`;
  throw new HavenError('uri/invalid-algorithm', `The account's algorithm: ${what}.`);
}

function readDigitsCode(code: number): number {
  const digits = DIGITS[code];
  if (digits !== undefined) return digits;
  throw new HavenError('uri/invalid-digits', `Unknown digit count code ${code}.`);
}

function readCounterValue(counter: bigint): number {
  // Beyond 2^53 a number would silently round to another counter.
  const value = counter <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(counter) : Number.NaN;
  return checkCounter(value, String(counter));
}

function toParameters(account: OtpAccount): OtpParameters {
  const parts = cleanLabelParts(account);
  const digits = DIGIT_CODES[checkDigits(account.digits)];
  if (digits === undefined) {
    throw new HavenError(
      'uri/invalid-digits',
      `The Google Authenticator export carries 6 or 8 digits, not ${account.digits}.`,
    );
  }
  if (account.type === 'totp' && account.period !== DEFAULT_PERIOD) {
    throw new HavenError(
      'uri/invalid-period',
      `The Google Authenticator export carries 30-second periods only, not ${account.period}.`,
    );
  }
  return {
    secret: decodeBase32(account.secret),
    name: joinLabel(parts),
    issuer: parts.issuer ?? '',
    algorithm: ALGORITHM_CODES[checkAlgorithm(account.algorithm)],
    digits,
    type: account.type === 'hotp' ? HOTP : TOTP,
    counter: account.type === 'hotp' ? BigInt(checkCounter(account.counter)) : 0n,
  };
}

function checkInt32(field: string, value: number): number {
  if (Number.isInteger(value) && value >= INT32_MIN && value <= INT32_MAX) return value;
  throw new HavenError(
    'uri/invalid-migration',
    `The batch's ${field} ${value} is not a 32-bit integer.`,
  );
}

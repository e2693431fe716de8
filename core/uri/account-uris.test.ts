import { base64Encode } from '@bufbuild/protobuf/wire';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HavenError } from '../errors.ts';
import type { ErrorCode } from '../errors.ts';
import type { OtpAccount } from '../otp/account.ts';
import { parseAccountUris } from './account-uris.ts';
import { formatMigrationUri, parseMigrationUri } from './migration-uri.ts';
import { formatOtpauthUri, parseOtpauthUri } from './otpauth-uri.ts';
import { arbitraryAccount, catchHavenError, PUBLISHED_EXPORT } from './test-support.ts';

const ALICE = 'otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example';
const BOB = 'otpauth://hotp/bob?secret=MZXW6YTB&counter=3&digits=8';
const EXPORT = `otpauth-migration://offline?data=${PUBLISHED_EXPORT}`;

const alice: OtpAccount = {
  type: 'totp',
  issuer: 'Example',
  account: 'alice@google.com',
  secret: 'JBSWY3DPEHPK3PXP',
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
};
const bob: OtpAccount = {
  type: 'hotp',
  issuer: undefined,
  account: 'bob',
  secret: 'MZXW6YTB',
  algorithm: 'SHA1',
  digits: 8,
  counter: 3,
};

describe('parseAccountUris', () => {
  it.each<[string, string, OtpAccount[]]>([
    ['one otpauth URI', ALICE, [alice]],
    ['one export URI', EXPORT, [alice]],
    ['an export in capitals', EXPORT.replace('otpauth-migration', 'OTPAUTH-MIGRATION'), [alice]],
    ['several lines of either', `${BOB}\n${EXPORT}\r\n${ALICE}`, [bob, alice, alice]],
    ['blank lines and indentation', `\n\n  ${ALICE}  \n \t \n${BOB}\n\n`, [alice, bob]],
    ['an export of two accounts', formatMigrationUri([bob, alice]), [bob, alice]],
  ])('reads %s', (_, text, expected) => {
    expect(parseAccountUris(text)).toEqual(expected);
  });

  it.each<[ErrorCode, string, RegExp]>([
    ['uri/not-otpauth', '', /no otpauth/],
    ['uri/not-otpauth', ' \n\t\n', /no otpauth/],
    ['uri/not-otpauth', 'hello', /^The text is not/],
    ['uri/invalid-digits', `${ALICE}&digits=4`, /^Invalid digits "4"/],
    ['uri/invalid-secret', `${ALICE}\n\n${BOB}\n otpauth://totp/x?secret=1 `, /^Line 4: /],
    ['uri/missing-counter', `${ALICE}\n${BOB.replace('&counter=3', '')}`, /^Line 2: /],
    ['uri/invalid-migration', `${ALICE}\notpauth-migration://offline?data=CgE`, /^Line 2: /],
  ])('%s: %j', (code, text, message) => {
    const error = catchHavenError(() => parseAccountUris(text));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });
});

// Whatever is pasted or scanned, a parser returns accounts or throws a
// HavenError; and whatever it returns, formatOtpauthUri writes back unchanged.
describe('parsers on arbitrary input', () => {
  const parsers = {
    parseOtpauthUri: (text: string) => [parseOtpauthUri(text)],
    parseMigrationUri: (text: string) => parseMigrationUri(text).accounts,
    parseAccountUris,
  };

  const param = fc.tuple(
    fc.constantFrom('secret', 'issuer', 'algorithm', 'digits', 'period', 'counter', 'data', 'x'),
    fc.oneof(fc.string(), fc.constantFrom('JBSWY3DPEHPK3PXP', '6', '8', '30', '0', 'sha256', '')),
  );
  const query = fc
    .array(param, { maxLength: 6 })
    .map((pairs) => pairs.map(([name, value]) => `${name}=${value}`).join('&'));
  const otpauthLike = fc.oneof(
    fc
      .tuple(
        fc.constantFrom('otpauth://', 'OTPAUTH://', 'otpauth:/', 'otpauth-migration://offline?'),
        fc.oneof(fc.constantFrom('totp', 'hotp', 'TOTP', ''), fc.string()),
        fc.constantFrom('/', ''),
        fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('%', '%E0%A4', 'a:b', ':', '%3A')),
        fc.constantFrom('?', ''),
        query,
      )
      .map((parts) => parts.join('')),
    // A valid URI with a stretch replaced: reaches every parameter's checks.
    fc
      .tuple(arbitraryAccount(), fc.nat(), fc.nat({ max: 12 }), fc.string({ maxLength: 6 }))
      .map(([account, at, length, insert]) => {
        const uri = formatOtpauthUri(account);
        const start = at % (uri.length + 1);
        return uri.slice(0, start) + insert + uri.slice(start + length);
      }),
  );
  const migrationLike = fc
    .oneof(
      fc.uint8Array({ maxLength: 200 }).map((bytes) => base64Encode(bytes)),
      fc.base64String(),
      fc.string(),
      // A valid export with one byte changed: deep enough to reach the account fields.
      fc
        .tuple(
          fc.array(arbitraryAccount(), { maxLength: 3 }),
          fc.nat(),
          fc.integer({ min: 0, max: 255 }),
        )
        .map(([accounts, at, byte]) => mutateExport(accounts, at, byte)),
    )
    .map((data) => `otpauth-migration://offline?data=${data}`);
  const input = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.webUrl({ withQueryParameters: true, withFragments: true }),
    fc.string().map((rest) => `otpauth://${rest}`),
    { arbitrary: otpauthLike, weight: 4 },
    { arbitrary: migrationLike, weight: 4 },
    fc
      .array(fc.oneof(otpauthLike, migrationLike), { maxLength: 4 })
      .map((lines) => lines.join('\n')),
  );

  it.each(Object.entries(parsers))('%s returns accounts or throws a HavenError', (_, parse) => {
    fc.assert(
      fc.property(input, (text) => {
        let accounts: OtpAccount[];
        try {
          accounts = parse(text);
        } catch (error) {
          expect(error).toBeInstanceOf(HavenError);
          return;
        }
        for (const account of accounts) {
          expect(parseOtpauthUri(formatOtpauthUri(account))).toEqual(account);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

function mutateExport(accounts: OtpAccount[], at: number, byte: number): string {
  const sixOrEight = accounts.map((account) => ({
    ...account,
    digits: account.digits > 7 ? 8 : 6,
    ...(account.type === 'totp' ? { period: 30 } : {}),
  }));
  const uri = formatMigrationUri(sixOrEight);
  const bytes = Buffer.from(decodeURIComponent(uri.split('data=')[1] ?? ''), 'base64');
  if (bytes.length > 0) bytes[at % bytes.length] = byte;
  return encodeURIComponent(bytes.toString('base64'));
}

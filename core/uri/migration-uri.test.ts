import { base64Encode } from '@bufbuild/protobuf/wire';
import { encodeBase32 } from './base32.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../errors.ts';
import type { OtpAccount, TotpAccount } from '../otp/account.ts';
import { encodeMigrationPayload } from './migration-payload.ts';
import type { OtpParameters } from './migration-payload.ts';
import { formatMigrationUri, parseMigrationUri } from './migration-uri.ts';
import type { MigrationBatch } from './migration-uri.ts';
import { arbitraryAccount, catchHavenError, PUBLISHED_EXPORT } from './test-support.ts';

const HELLO_KEY = new Uint8Array([0x48, 0x65, 0x6c, 0x6c, 0x6f, 0x21, 0xde, 0xad, 0xbe, 0xef]);
const SECRET = 'JBSWY3DPEHPK3PXP';

const alice: TotpAccount = {
  type: 'totp',
  issuer: 'Example',
  account: 'alice@google.com',
  secret: SECRET,
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
};

function exportUri(...accounts: Partial<OtpParameters>[]): string {
  const otpParameters = accounts.map((fields) => ({
    secret: HELLO_KEY,
    name: 'bob',
    issuer: '',
    algorithm: 0,
    digits: 0,
    type: 0,
    counter: 0n,
    ...fields,
  }));
  const payload = { otpParameters, version: 1, batchSize: 1, batchIndex: 0, batchId: 0 };
  return `otpauth-migration://offline?data=${encodeURIComponent(base64Encode(encodeMigrationPayload(payload)))}`;
}

const batchOf = (...accounts: OtpAccount[]): MigrationBatch => ({
  accounts,
  version: 1,
  batchSize: 1,
  batchIndex: 0,
  batchId: 0,
});

describe('parseMigrationUri', () => {
  it.each([
    ['as published', `otpauth-migration://offline?data=${PUBLISHED_EXPORT}`],
    [
      'percent-encoded',
      `otpauth-migration://offline?data=${encodeURIComponent(PUBLISHED_EXPORT)}==`,
    ],
    [
      'with padding and spaces around',
      `  otpauth-migration://offline?data=${PUBLISHED_EXPORT}%3D%3D \n`,
    ],
    ['in upper case', `OTPAUTH-MIGRATION://offline?DATA=${PUBLISHED_EXPORT}`],
  ])('reads the published export %s', (_, uri) => {
    expect(parseMigrationUri(uri)).toEqual({
      accounts: [alice],
      version: 0,
      batchSize: 0,
      batchIndex: 0,
      batchId: 0,
    });
  });

  // The same account with every field spelled out; batch_id 0xEB 0xE0 0x92 0xA4 0x06
  // is 0x6B + 0x60·2^7 + 0x12·2^14 + 0x24·2^21 + 0x06·2^28 = 1686417515.
  it('reads a full export with its batch fields', () => {
    const uri =
      'otpauth-migration://offline?data=CjEKCkhlbGxvId6tvu8SGEV4YW1wbGU6YWxpY2VAZ29vZ2xlLmNvbRoHRXhhbXBsZSABKAEwAhABGAEgACjr4JKkBg%3D%3D';
    expect(parseMigrationUri(uri)).toEqual({ ...batchOf(alice), batchId: 1686417515 });
  });

  it('keeps the "+" and "/" of unescaped base64, and a space that stood for a "+"', () => {
    // FB EF BE is "++++" in base64 when it starts on a 3-byte boundary; the zero
    // bytes shift the copies so that one does, wherever the key lands. Six FF bytes
    // always hold an aligned "////".
    const plus = [0xfb, 0xef, 0xbe, 0xfb, 0xef, 0xbe, 0xfb, 0xef, 0xbe];
    const key = new Uint8Array([
      ...plus,
      0,
      ...plus,
      0,
      ...plus,
      0xff,
      0xff,
      0xff,
      0xff,
      0xff,
      0xff,
    ]);
    const account = { ...alice, secret: encodeBase32(key) };
    const data = decodeURIComponent(formatMigrationUri([account]).split('data=')[1] ?? '');
    expect(data).toMatch(/\+.*\/|\/.*\+/);
    for (const raw of [data, data.replaceAll('+', ' ')]) {
      expect(parseMigrationUri(`otpauth-migration://offline?data=${raw}`)).toEqual(
        batchOf(account),
      );
    }
  });

  it.each<[string, Partial<OtpParameters>, OtpAccount]>([
    [
      'HOTP, SHA512, eight digits',
      { type: 1, algorithm: 3, digits: 2, counter: 2n ** 40n },
      {
        type: 'hotp',
        issuer: undefined,
        account: 'bob',
        secret: SECRET,
        algorithm: 'SHA512',
        digits: 8,
        counter: 2 ** 40,
      },
    ],
    [
      'SHA256',
      { algorithm: 2, type: 2 },
      { ...alice, issuer: undefined, account: 'bob', algorithm: 'SHA256' },
    ],
    ['issuer from the name', { name: 'ACME:bob' }, { ...alice, issuer: 'ACME', account: 'bob' }],
    ['issuer field only', { issuer: 'ACME' }, { ...alice, issuer: 'ACME', account: 'bob' }],
    // A renamed account: the name's prefix is not the issuer, so the name stays whole.
    [
      'a renamed account',
      { name: 'Work:bob', issuer: 'Google' },
      { ...alice, issuer: 'Google', account: 'Work:bob' },
    ],
    [
      'a name with spaces',
      { name: ' ACME : bob ', issuer: ' ACME ' },
      { ...alice, issuer: 'ACME', account: 'bob' },
    ],
  ])('reads %s', (_, fields, expected) => {
    expect(parseMigrationUri(exportUri(fields)).accounts).toEqual([expected]);
  });

  const data = (bytes: Uint8Array) => `otpauth-migration://offline?data=${base64Encode(bytes)}`;
  it.each<[ErrorCode, string, RegExp]>([
    ['uri/not-otpauth', `otpauth://totp/a?secret=${SECRET}`, /otpauth-migration/],
    ['uri/not-otpauth', `otpauth-migration://offline`, /otpauth-migration/],
    ['uri/invalid-migration', 'otpauth-migration://offline?data=', /no data/],
    ['uri/invalid-migration', 'otpauth-migration://offline?other=1', /no data/],
    ['uri/invalid-migration', 'otpauth-migration://offline?data=%E0%A4%A', /percent/],
    ['uri/invalid-migration', 'otpauth-migration://offline?data=!!!!', /base64/],
    [
      'uri/invalid-migration',
      `otpauth-migration://offline?data=${PUBLISHED_EXPORT.slice(0, 40)}`,
      /corrupt/,
    ],
    ['uri/invalid-migration', data(new Uint8Array([0x08, 0x01])), /field 1 has wire type 0/],
    ['uri/missing-secret', exportUri({ secret: new Uint8Array() }), /Account 1 .*no secret/],
    ['uri/invalid-algorithm', exportUri({ algorithm: 4 }), /MD5/],
    ['uri/invalid-algorithm', exportUri({}, { algorithm: 9 }), /Account 2 .*code 9/],
    ['uri/invalid-digits', exportUri({ digits: 3 }), /code 3/],
    ['uri/invalid-type', exportUri({ type: 3 }), /code 3/],
    ['uri/invalid-counter', exportUri({ type: 1, counter: -1n }), /counter "-1"/],
    [
      'uri/invalid-counter',
      exportUri({ type: 1, counter: 2n ** 53n }),
      /counter "9007199254740992"/,
    ],
    ['uri/invalid-label', exportUri({ name: ' ' }), /no account/],
    ['uri/invalid-label', exportUri({ name: 'ACME:', issuer: 'ACME' }), /no account/],
  ])('%s: %s', (code, uri, message) => {
    const error = catchHavenError(() => parseMigrationUri(uri));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain(SECRET);
  });
});

describe('formatMigrationUri', () => {
  // The full public export above without its zero batch_index and its batch_id:
  // account 0A 35 (the published one plus 20 01 28 01, SHA1 and six digits),
  // then 10 01 18 01: version 1, batch_size 1.
  it('writes what Google Authenticator writes, with batch defaults', () => {
    const uri = formatMigrationUri([alice]);
    expect(uri).toBe(
      'otpauth-migration://offline?data=CjUKCkhlbGxvId6tvu8SGEV4YW1wbGU6YWxpY2VAZ29vZ2xlLmNvbRoHRXhhbXBsZSABKAEwAhABGAE%3D',
    );
    expect(parseMigrationUri(uri)).toEqual(batchOf(alice));
  });

  it('writes the batch fields it is given, and only those', () => {
    const uri = formatMigrationUri([alice], {
      ...batchOf(),
      batchSize: 3,
      batchIndex: 2,
      batchId: -5,
    });
    expect(parseMigrationUri(uri)).toEqual({
      ...batchOf(alice),
      batchSize: 3,
      batchIndex: 2,
      batchId: -5,
    });
  });

  it.each<[ErrorCode, OtpAccount[], Partial<Omit<MigrationBatch, 'accounts'>>]>([
    ['uri/invalid-digits', [{ ...alice, digits: 10 }], {}],
    ['uri/invalid-digits', [{ ...alice, digits: 5 }], {}],
    ['uri/invalid-period', [{ ...alice, period: 60 }], {}],
    ['uri/invalid-secret', [{ ...alice, secret: '0000' }], {}],
    ['uri/invalid-label', [alice, { ...alice, account: '' }], {}],
    ['uri/invalid-counter', [{ ...alice, type: 'hotp', counter: 0.5 }], {}],
    ['uri/invalid-migration', [alice], { batchId: 2 ** 31 }],
    ['uri/invalid-migration', [alice], { version: 1.5 }],
  ])('%s for %j with %j', (code, accounts, batch) => {
    expect(catchHavenError(() => formatMigrationUri(accounts, batch)).code).toBe(code);
  });
});

describe('otpauth-migration:// round trip', () => {
  const int32 = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
  const account = arbitraryAccount({ digits: fc.constantFrom(6, 8), period: fc.constant(30) });

  it('parseMigrationUri(formatMigrationUri(accounts, batch)) equals the batch', () => {
    fc.assert(
      fc.property(
        fc.array(account, { maxLength: 10 }),
        fc.record({ version: int32, batchSize: int32, batchIndex: int32, batchId: int32 }),
        (accounts, batch) => {
          expect(parseMigrationUri(formatMigrationUri(accounts, batch))).toEqual({
            accounts,
            ...batch,
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

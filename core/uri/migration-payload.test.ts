import { base64Decode, BinaryWriter, WireType } from '@bufbuild/protobuf/wire';
import { describe, expect, it } from 'vitest';
import { decodeMigrationPayload, encodeMigrationPayload } from './migration-payload.ts';
import type { MigrationPayload, OtpParameters } from './migration-payload.ts';
import { catchHavenError, PUBLISHED_EXPORT } from './test-support.ts';

const HELLO_KEY = new Uint8Array([0x48, 0x65, 0x6c, 0x6c, 0x6f, 0x21, 0xde, 0xad, 0xbe, 0xef]);

function parameters(fields: Partial<OtpParameters>): OtpParameters {
  return {
    secret: HELLO_KEY,
    name: '',
    issuer: '',
    algorithm: 0,
    digits: 0,
    type: 0,
    counter: 0n,
    ...fields,
  };
}

function payload(fields: Partial<MigrationPayload>): MigrationPayload {
  return { otpParameters: [], version: 0, batchSize: 0, batchIndex: 0, batchId: 0, ...fields };
}

const published = payload({
  otpParameters: [parameters({ name: 'Example:alice@google.com', issuer: 'Example', type: 2 })],
});

describe('decodeMigrationPayload', () => {
  it('reads the published export', () => {
    expect(decodeMigrationPayload(base64Decode(PUBLISHED_EXPORT))).toEqual(published);
  });

  it('reads every field of a payload written field by field, skipping unknown ones', () => {
    const account = new BinaryWriter()
      .tag(1, WireType.LengthDelimited)
      .bytes(HELLO_KEY)
      .tag(2, WireType.LengthDelimited)
      .string('bob')
      .tag(3, WireType.LengthDelimited)
      .string('Café')
      .tag(4, WireType.Varint)
      .int32(3)
      .tag(5, WireType.Varint)
      .int32(2)
      .tag(6, WireType.Varint)
      .int32(1)
      .tag(7, WireType.Varint)
      .int64(2n ** 40n)
      .tag(42, WireType.LengthDelimited)
      .string('a field from a newer app')
      .finish();
    const bytes = new BinaryWriter()
      .tag(1, WireType.LengthDelimited)
      .bytes(account)
      .tag(1, WireType.LengthDelimited)
      .bytes(new Uint8Array())
      .tag(2, WireType.Varint)
      .int32(1)
      .tag(3, WireType.Varint)
      .int32(3)
      .tag(4, WireType.Varint)
      .int32(2)
      .tag(5, WireType.Varint)
      .int32(-123456789)
      .tag(9, WireType.Bit64)
      .fixed64(1n)
      .finish();
    expect(decodeMigrationPayload(bytes)).toEqual(
      payload({
        otpParameters: [
          parameters({
            name: 'bob',
            issuer: 'Café',
            algorithm: 3,
            digits: 2,
            type: 1,
            counter: 2n ** 40n,
          }),
          parameters({ secret: new Uint8Array() }),
        ],
        version: 1,
        batchSize: 3,
        batchIndex: 2,
        batchId: -123456789,
      }),
    );
  });

  const valid = base64Decode(PUBLISHED_EXPORT);
  it.each([
    ['truncated', valid.subarray(0, valid.length - 3)],
    ['a length beyond the end', new Uint8Array([0x0a, 0x7f, 0x00])],
    ['an illegal tag (field 0)', new Uint8Array([0x00, 0x01])],
    ['a varint where a message belongs', new Uint8Array([0x08, 0x01])],
    ['a message where a varint belongs', new Uint8Array([0x12, 0x00])],
    ['a bad tag inside an account', new Uint8Array([0x0a, 0x02, 0x07, 0x00])],
  ])('rejects %s as uri/invalid-migration', (_, bytes) => {
    expect(catchHavenError(() => decodeMigrationPayload(bytes)).code).toBe('uri/invalid-migration');
  });
});

describe('encodeMigrationPayload', () => {
  it('writes the published export byte for byte', () => {
    expect(encodeMigrationPayload(published)).toEqual(base64Decode(PUBLISHED_EXPORT));
  });

  it('round-trips every field', () => {
    const full = payload({
      otpParameters: [
        parameters({ name: 'a', issuer: 'b', algorithm: 2, digits: 2, type: 1, counter: 5n }),
      ],
      version: 1,
      batchSize: 2,
      batchIndex: 1,
      batchId: -7,
    });
    expect(decodeMigrationPayload(encodeMigrationPayload(full))).toEqual(full);
  });
});

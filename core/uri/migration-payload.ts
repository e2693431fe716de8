import { BinaryReader, BinaryWriter, WireType } from '@bufbuild/protobuf/wire';
import { HavenError } from '../errors.ts';

/**
 * One account of Google Authenticator's export, field for field as the
 * protobuf carries it: enums stay numbers, absent fields are zero or empty.
 */
export interface OtpParameters {
  secret: Uint8Array;
  name: string;
  issuer: string;
  /** 0 unspecified, 1 SHA1, 2 SHA256, 3 SHA512, 4 MD5. */
  algorithm: number;
  /** 0 unspecified, 1 six, 2 eight. */
  digits: number;
  /** 0 unspecified, 1 HOTP, 2 TOTP. */
  type: number;
  counter: bigint;
}

/** Google Authenticator's MigrationPayload message. */
export interface MigrationPayload {
  otpParameters: OtpParameters[];
  version: number;
  batchSize: number;
  batchIndex: number;
  batchId: number;
}

/**
 * Decodes a MigrationPayload. Unknown fields are skipped, as protobuf readers
 * do; truncated or malformed bytes are 'uri/invalid-migration'.
 */
export function decodeMigrationPayload(bytes: Uint8Array): MigrationPayload {
  try {
    return readPayload(new BinaryReader(bytes));
  } catch (cause) {
    if (cause instanceof HavenError) throw cause;
    throw new HavenError('uri/invalid-migration', 'The export data is corrupt.', { cause });
  }
}

/** Encodes a MigrationPayload, leaving out zero and empty fields as proto3 does. */
export function encodeMigrationPayload(payload: MigrationPayload): Uint8Array {
  const writer = new BinaryWriter();
  for (const parameters of payload.otpParameters) {
    writer.tag(1, WireType.LengthDelimited).fork();
    writeParameters(writer, parameters);
    writer.join();
  }
  writeInt32(writer, 2, payload.version);
  writeInt32(writer, 3, payload.batchSize);
  writeInt32(writer, 4, payload.batchIndex);
  writeInt32(writer, 5, payload.batchId);
  return writer.finish();
}

function readPayload(reader: BinaryReader): MigrationPayload {
  const payload: MigrationPayload = {
    otpParameters: [],
    version: 0,
    batchSize: 0,
    batchIndex: 0,
    batchId: 0,
  };
  while (reader.pos < reader.len) {
    const [field, wireType] = reader.tag();
    switch (field) {
      case 1:
        payload.otpParameters.push(
          readParameters(new BinaryReader(readBytes(reader, field, wireType))),
        );
        break;
      case 2:
        payload.version = readInt32(reader, field, wireType);
        break;
      case 3:
        payload.batchSize = readInt32(reader, field, wireType);
        break;
      case 4:
        payload.batchIndex = readInt32(reader, field, wireType);
        break;
      case 5:
        payload.batchId = readInt32(reader, field, wireType);
        break;
      default:
        reader.skip(wireType, field);
    }
  }
  return payload;
}

function readParameters(reader: BinaryReader): OtpParameters {
  const parameters: OtpParameters = {
    secret: new Uint8Array(),
    name: '',
    issuer: '',
    algorithm: 0,
    digits: 0,
    type: 0,
    counter: 0n,
  };
  while (reader.pos < reader.len) {
    const [field, wireType] = reader.tag();
    switch (field) {
      case 1:
        parameters.secret = readBytes(reader, field, wireType);
        break;
      case 2:
        parameters.name = readString(reader, field, wireType);
        break;
      case 3:
        parameters.issuer = readString(reader, field, wireType);
        break;
      case 4:
        parameters.algorithm = readInt32(reader, field, wireType);
        break;
      case 5:
        parameters.digits = readInt32(reader, field, wireType);
        break;
      case 6:
        parameters.type = readInt32(reader, field, wireType);
        break;
      case 7:
        expectWireType(field, wireType, WireType.Varint);
        parameters.counter = BigInt(reader.int64());
        break;
      default:
        reader.skip(wireType, field);
    }
  }
  return parameters;
}

function writeParameters(writer: BinaryWriter, parameters: OtpParameters): void {
  if (parameters.secret.length > 0)
    writer.tag(1, WireType.LengthDelimited).bytes(parameters.secret);
  if (parameters.name !== '') writer.tag(2, WireType.LengthDelimited).string(parameters.name);
  if (parameters.issuer !== '') writer.tag(3, WireType.LengthDelimited).string(parameters.issuer);
  writeInt32(writer, 4, parameters.algorithm);
  writeInt32(writer, 5, parameters.digits);
  writeInt32(writer, 6, parameters.type);
  if (parameters.counter !== 0n) writer.tag(7, WireType.Varint).int64(parameters.counter);
}

function writeInt32(writer: BinaryWriter, field: number, value: number): void {
  if (value !== 0) writer.tag(field, WireType.Varint).int32(value);
}

function readBytes(reader: BinaryReader, field: number, wireType: WireType): Uint8Array {
  expectWireType(field, wireType, WireType.LengthDelimited);
  return reader.bytes();
}

function readString(reader: BinaryReader, field: number, wireType: WireType): string {
  expectWireType(field, wireType, WireType.LengthDelimited);
  return reader.string();
}

function readInt32(reader: BinaryReader, field: number, wireType: WireType): number {
  expectWireType(field, wireType, WireType.Varint);
  return reader.int32();
}

function expectWireType(field: number, actual: WireType, expected: WireType): void {
  if (actual === expected) return;
  throw new HavenError(
    'uri/invalid-migration',
    `The export data is corrupt: field ${field} has wire type ${actual}, expected ${expected}.`,
  );
}

/**
 * Reads the one Java object FreeOTP 2 writes as its backup: a serialized
 * java.util.HashMap<String, String> (Java Object Serialization Stream
 * Protocol, https://docs.oracle.com/javase/8/docs/platform/serialization/spec/protocol.html).
 * Only that shape is accepted; anything else is 'backup/corrupt'.
 */
import { decodeUtf8 } from '../vault/bytes.ts';
import { corrupt } from './encoding.ts';

const MAGIC = 0xaced;
const VERSION = 5;
const TC_NULL = 0x70;
const TC_CLASSDESC = 0x72;
const TC_OBJECT = 0x73;
const TC_STRING = 0x74;
const TC_BLOCKDATA = 0x77;
const TC_ENDBLOCKDATA = 0x78;
const PRIMITIVE_SIZES: Record<string, number> = { B: 1, C: 2, D: 8, F: 4, I: 4, J: 8, S: 2, Z: 1 };

/** True when `bytes` start with the Java serialization magic and version. */
export function isJavaSerialized(bytes: Uint8Array): boolean {
  return bytes.length > 4 && (((bytes[0] ?? 0) << 8) | (bytes[1] ?? 0)) === MAGIC;
}

/** The entries of a serialized HashMap<String, String>, in stream order. */
export function readJavaStringMap(bytes: Uint8Array): Map<string, string> {
  const reader = new Reader(bytes);
  if (reader.u16() !== MAGIC || reader.u16() !== VERSION) throw corrupt('not a Java object stream');
  reader.expect(TC_OBJECT, 'an object');
  reader.expect(TC_CLASSDESC, 'a class description');
  if (reader.utf() !== 'java.util.HashMap') throw corrupt('the object is not a HashMap');
  reader.skip(8 + 1); // serialVersionUID, flags
  let fieldBytes = 0;
  for (let count = reader.u16(); count > 0; count--) {
    const size = PRIMITIVE_SIZES[String.fromCharCode(reader.u8())];
    if (size === undefined) throw corrupt('the HashMap has a field Havencode does not know');
    reader.utf();
    fieldBytes += size;
  }
  reader.expect(TC_ENDBLOCKDATA, 'the end of the class description');
  reader.expect(TC_NULL, 'no superclass');
  reader.skip(fieldBytes); // loadFactor, threshold
  reader.expect(TC_BLOCKDATA, 'the map data');
  reader.skip(1 + 4); // block length, capacity
  const map = new Map<string, string>();
  for (let size = reader.u32(); size > 0; size--) map.set(reader.string(), reader.string());
  return map;
}

class Reader {
  private offset = 0;
  private readonly view: DataView;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  u8(): number {
    this.need(1);
    return this.view.getUint8(this.offset++);
  }

  u16(): number {
    this.need(2);
    const value = this.view.getUint16(this.offset);
    this.offset += 2;
    return value;
  }

  u32(): number {
    this.need(4);
    const value = this.view.getUint32(this.offset);
    this.offset += 4;
    return value;
  }

  skip(length: number): void {
    this.need(length);
    this.offset += length;
  }

  expect(tag: number, what: string): void {
    if (this.u8() !== tag) throw corrupt(`expected ${what} in the Java object stream`);
  }

  // Modified UTF-8 equals UTF-8 for the text FreeOTP writes (no NUL, no astral characters).
  utf(): string {
    const length = this.u16();
    this.need(length);
    const text = this.bytes.subarray(this.offset, this.offset + length);
    this.offset += length;
    try {
      return decodeUtf8(new Uint8Array(text));
    } catch (cause) {
      throw corrupt('a string in the Java object stream is not UTF-8', cause);
    }
  }

  string(): string {
    this.expect(TC_STRING, 'a string');
    return this.utf();
  }

  private need(length: number): void {
    if (this.offset + length > this.bytes.length)
      throw corrupt('the Java object stream is cut off');
  }
}

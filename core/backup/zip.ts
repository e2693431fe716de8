/**
 * ZIP containers (Proton Pass, Authenticator Plus, Raivo) read with zip.js,
 * which also opens ZipCrypto and AES password ZIPs. No web workers: the
 * files are small, and the CLI and tests run where workers differ.
 */
import {
  configure,
  ERR_INVALID_PASSWORD,
  TextWriter,
  Uint8ArrayReader,
  ZipReader,
  type Entry,
} from '@zip.js/zip.js/index-native.js';
import { HavenError } from '../errors.ts';
import { assertCost, MAX_UNZIPPED_BYTES } from './caps.ts';
import { corrupt } from './encoding.ts';
import { wrongPassphrase } from './foreign-crypto.ts';

configure({ useWebWorkers: false });

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** A ZIP's file entries (folders left out), read as far as its directory. */
export interface ZipFiles {
  names: string[];
  encrypted: boolean;
  entries: Map<string, Entry>;
}

/** True when `bytes` start with a ZIP local file header. */
export function isZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((byte, i) => bytes[i] === byte);
}

/** Reads a ZIP's directory; 'backup/too-costly' when it would unpack past MAX_UNZIPPED_BYTES. */
export async function openZip(bytes: Uint8Array): Promise<ZipFiles> {
  let entries: Entry[];
  try {
    entries = await new ZipReader(new Uint8ArrayReader(bytes)).getEntries();
  } catch (cause) {
    throw corrupt('the ZIP file is damaged', cause);
  }
  const files = entries.filter((entry) => !entry.directory);
  assertCost(
    'unpacked bytes',
    files.reduce((sum, entry) => sum + entry.uncompressedSize, 0) || 1,
    MAX_UNZIPPED_BYTES,
  );
  return {
    names: files.map((entry) => entry.filename),
    encrypted: files.some((entry) => entry.encrypted),
    entries: new Map(files.map((entry) => [entry.filename, entry])),
  };
}

/** The text of one file of the ZIP; 'backup/wrong-password' when its password does not open it. */
export async function readZipText(zip: ZipFiles, name: string, password?: string): Promise<string> {
  const entry = zip.entries.get(name);
  if (entry === undefined || entry.directory) throw corrupt(`the ZIP has no ${name}`);
  try {
    return await entry.getData(
      new TextWriter(),
      password === undefined ? {} : { password, checkPasswordOnly: false },
    );
  } catch (cause) {
    if (cause instanceof Error && cause.message === ERR_INVALID_PASSWORD)
      throw wrongPassphrase(cause);
    if (cause instanceof HavenError) throw cause;
    throw corrupt(`${name} in the ZIP is damaged`, cause);
  }
}

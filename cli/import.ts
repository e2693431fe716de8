/**
 * `havencode import <file> [--passphrase <P>] --json`: reads any export or
 * backup file through the core importer (the one the PWA and extension use)
 * and prints its accounts as CONTRACT.md says. An image is read for its QR
 * codes first, and each code's text is imported.
 */
import { open, readFile } from 'node:fs/promises';
import { importBackup } from '../core/backup/index.ts';
import { assertImportSize } from '../core/backup/caps.ts';
import { HavenError } from '../core/errors.ts';
import type { OtpAccount } from '../core/otp/account.ts';
import { decodeQrCodes } from '../core/qr/decode-qr.ts';
import { configureNodeQrDecoder } from './decode-qr.ts';
import { EXIT_BAD_INPUT, EXIT_OK, type CliIo } from './io.ts';
import { decodeImageBytes, isImageBytes } from './read-image.ts';

const USAGE = 'usage: havencode import <file> [--passphrase <P>] --json';

/** Runs the import command; HavenErrors propagate to runCli's one-line answer. */
export async function importCommand(args: string[], io: CliIo): Promise<number> {
  const options = readOptions(args);
  if (options === undefined) {
    io.stderr(USAGE);
    return EXIT_BAD_INPUT;
  }
  const { accounts, skipped } = await importBackup(
    await readInput(options.file),
    options.passphrase,
  );
  if (accounts.length === 0) {
    const left = skipped.map((entry) => `${entry.name} (${entry.reason})`).join('; ');
    throw new HavenError(
      'backup/unsupported',
      `${options.file}: no account to import${left === '' ? '' : `; skipped ${left}`}`,
    );
  }
  for (const entry of skipped)
    io.stderr(`havencode import: skipped ${entry.name}: ${entry.reason}`);
  io.stdout(
    JSON.stringify(
      accounts.map(({ account }) => toImportJson(account)),
      null,
      2,
    ),
  );
  return EXIT_OK;
}

function readOptions(args: string[]): { file: string; passphrase: string | undefined } | undefined {
  let file: string | undefined;
  let passphrase: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json') continue;
    if (arg === '--passphrase' && i + 1 < args.length) passphrase = args[++i];
    else if (arg === undefined || arg.startsWith('--') || file !== undefined) return undefined;
    else file = arg;
  }
  return file === undefined ? undefined : { file, passphrase };
}

// Reads the file (refused past the size cap before it is read whole); an image becomes the text of its QR codes.
async function readInput(path: string): Promise<Uint8Array | string> {
  let bytes: Uint8Array;
  try {
    const handle = await open(path);
    try {
      assertImportSize((await handle.stat()).size);
    } finally {
      await handle.close();
    }
    bytes = await readFile(path);
  } catch (cause) {
    if (cause instanceof HavenError) throw cause;
    const reason =
      (cause as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot read';
    throw new HavenError('backup/unsupported', `${path}: ${reason}`, { cause });
  }
  if (!isImageBytes(bytes)) return bytes;
  await configureNodeQrDecoder();
  const codes = await decodeQrCodes(decodeImageBytes(bytes, path));
  if (codes.length === 0)
    throw new HavenError('qr/no-code', `${path}: no QR code found in the image`);
  return codes.map((code) => code.text).join('\n');
}

/** CONTRACT.md's import shape: `name` for the account, issuer null when absent. */
function toImportJson(account: OtpAccount): Record<string, unknown> {
  const { type, issuer, account: name, secret, algorithm, digits } = account;
  const base = { type, issuer: issuer ?? null, name, secret, algorithm, digits };
  return account.type === 'totp'
    ? { ...base, period: account.period }
    : { ...base, counter: account.counter };
}

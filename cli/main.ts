import { isHavenError } from '../core/errors.ts';
import { generateCode } from '../core/otp/index.ts';
import type { OtpAccount } from '../core/otp/index.ts';
import { isMigrationUri, parseMigrationUri, parseOtpauthUri } from '../core/uri/index.ts';
import { EXIT_BAD_INPUT, EXIT_OK } from './io.ts';
import type { CliIo } from './io.ts';

const USAGE = [
  'usage: havencode code <otpauth-uri> [--at <unix-seconds>]',
  '       havencode parse <otpauth-uri | otpauth-migration-uri>',
  '       havencode decode-qr <image>... [--json]',
  '       havencode import <file> [--passphrase <P>] --json',
  '       havencode kiosk-recover --key <private.jwk|pem> <sealed-vault-export> --out <file>',
].join('\n');

/** Runs one CLI call and returns its exit code; bad input is one stderr line and exit 2. */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  try {
    switch (command) {
      case 'code':
        return runCode(rest, io);
      case 'parse':
        return runParse(rest, io);
      // Loaded on demand: `code` and `parse` start without the QR decoder and the importers.
      case 'decode-qr':
        return await (await import('./decode-qr.ts')).decodeQrCommand(rest, io);
      case 'import':
        return await (await import('./import.ts')).importCommand(rest, io);
      case 'kiosk-recover':
        return await (await import('./kiosk-recover.ts')).kioskRecoverCommand(rest, io);
      default:
        io.stderr(USAGE);
        return EXIT_BAD_INPUT;
    }
  } catch (error) {
    if (!isHavenError(error)) throw error;
    io.stderr(`havencode: ${error.message}`);
    return EXIT_BAD_INPUT;
  }
}

function runCode(args: string[], io: CliIo): number {
  const [uri, flag, value, ...extra] = args;
  if (uri === undefined || extra.length > 0 || (flag !== undefined && flag !== '--at')) {
    io.stderr(USAGE);
    return EXIT_BAD_INPUT;
  }
  const at = flag === undefined ? Date.now() / 1000 : parseUnixSeconds(value);
  if (at === undefined) {
    io.stderr(`havencode: --at wants whole unix seconds, got ${JSON.stringify(value ?? '')}`);
    return EXIT_BAD_INPUT;
  }
  io.stdout(generateCode(parseOtpauthUri(uri), { now: at * 1000 }));
  return EXIT_OK;
}

function runParse(args: string[], io: CliIo): number {
  const [uri, ...extra] = args;
  if (uri === undefined || extra.length > 0) {
    io.stderr(USAGE);
    return EXIT_BAD_INPUT;
  }
  const parsed = isMigrationUri(uri)
    ? parseMigrationUri(uri).accounts.map(toContractJson)
    : toContractJson(parseOtpauthUri(uri));
  io.stdout(JSON.stringify(parsed, null, 2));
  return EXIT_OK;
}

/** The JSON shape of CONTRACT.md: issuer null when absent, period or counter by type. */
function toContractJson(account: OtpAccount): Record<string, unknown> {
  const { type, issuer, account: name, secret, algorithm, digits } = account;
  const base = { type, issuer: issuer ?? null, account: name, secret, algorithm, digits };
  return account.type === 'totp'
    ? { ...base, period: account.period }
    : { ...base, counter: account.counter };
}

function parseUnixSeconds(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d{1,15}$/.test(value)) return undefined;
  return Number(value);
}

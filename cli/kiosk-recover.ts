/**
 * `havencode kiosk-recover --key <private.jwk|pem> <sealed-vault-export> --out <file>`:
 * port IT, offline, turns a worker's sealed vault export (taken from the
 * kiosk's lock screen) into a one-time re-enrolment file with IT's P-256
 * private key, and prints the one-time code to give the worker apart from
 * the file. The private key never goes near the PC.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { recoverSealedVault } from '../core/vault/admin-recover.ts';
import { HavenError } from '../core/errors.ts';
import { EXIT_BAD_INPUT, EXIT_OK, type CliIo } from './io.ts';

const USAGE =
  'usage: havencode kiosk-recover --key <private.jwk|private.pem> <sealed-vault-export> --out <re-enrolment-file>';
const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;

/** Runs kiosk-recover; HavenErrors propagate to runCli's one-line answer. */
export async function kioskRecoverCommand(args: string[], io: CliIo): Promise<number> {
  const options = readOptions(args);
  if (options === undefined) {
    io.stderr(USAGE);
    return EXIT_BAD_INPUT;
  }
  const privateKey = await importPrivateKey(options.key, await readText(options.key));
  const { file, code, name } = await recoverSealedVault(
    await readText(options.vault),
    privateKey,
    Date.now(),
  );
  await writeFile(options.out, file, { mode: 0o600 });
  io.stdout(`re-enrolment file for ${name}: ${options.out}`);
  io.stdout(`one-time code (give it to ${name} apart from the file): ${code}`);
  return EXIT_OK;
}

function readOptions(args: string[]): { key: string; vault: string; out: string } | undefined {
  let key: string | undefined;
  let out: string | undefined;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--key') key = args[++i];
    else if (arg === '--out') out = args[++i];
    else if (arg !== undefined) rest.push(arg);
  }
  const [vault, ...extra] = rest;
  if (key === undefined || out === undefined || vault === undefined || extra.length > 0)
    return undefined;
  return { key, vault, out };
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (cause) {
    throw new HavenError('kiosk/bad-file', `cannot read ${path}`, { cause });
  }
}

/** A P-256 private key from a JWK or a PKCS#8 PEM file. */
async function importPrivateKey(path: string, text: string): Promise<CryptoKey> {
  try {
    const trimmed = text.trim();
    if (trimmed.startsWith('{'))
      return await crypto.subtle.importKey('jwk', JSON.parse(trimmed) as JsonWebKey, ECDH, false, [
        'deriveBits',
      ]);
    const base64 = trimmed.replace(/-----(BEGIN|END) PRIVATE KEY-----/g, '').replace(/\s+/g, '');
    return await crypto.subtle.importKey('pkcs8', Buffer.from(base64, 'base64'), ECDH, false, [
      'deriveBits',
    ]);
  } catch (cause) {
    throw new HavenError(
      'kiosk/bad-admin-key',
      `${path} is not a P-256 private key (JWK, or PKCS#8 PEM)`,
      { cause },
    );
  }
}

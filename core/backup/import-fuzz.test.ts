import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HavenError } from '../errors.ts';
import { ARGON2_FLOOR } from '../vault/kdf.ts';
import { exportEncryptedBackup } from './havencode-backup.ts';
import { importBackup } from './import-backup.ts';
import { FIXTURE_ACCOUNTS, readFixture, readAegisUpstreamVault } from './test-support.ts';

const PASSPHRASE = 'kaai-2026';

// Resolves, or rejects with a HavenError: anything else would reach the user as a crash.
async function expectOnlyHavenErrors(text: string, passphrase?: string): Promise<void> {
  try {
    await importBackup(text, passphrase);
  } catch (error) {
    expect(error).toBeInstanceOf(HavenError);
  }
}

type Path = (string | number)[];

// Every path in a JSON document, so each field of a fixture is equally likely to be hit.
function listPaths(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const children = Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
    listPaths(child, [...prefix, Array.isArray(value) ? Number(key) : key]),
  );
  return [prefix, ...children];
}

// A copy of `value` with the node at `path` replaced.
function replaceAt(value: unknown, path: Path, replacement: unknown): unknown {
  const [step, ...rest] = path;
  if (step === undefined || typeof value !== 'object' || value === null) return replacement;
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...value }) as Record<
    string | number,
    unknown
  >;
  copy[step] = replaceAt(copy[step], rest, replacement);
  return copy;
}

const fixtures = [
  readFixture('aegis-plain.json'),
  readFixture('2fas-plain.2fas'),
  readAegisUpstreamVault(),
].map((text) => JSON.parse(text) as unknown);

describe('importBackup on hostile input', () => {
  it('throws nothing but HavenError for arbitrary text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), (text) => expectOnlyHavenErrors(text)),
      {
        numRuns: 300,
      },
    );
  });

  it('throws nothing but HavenError for arbitrary JSON', async () => {
    await fc.assert(
      fc.asyncProperty(fc.json(), (text) => expectOnlyHavenErrors(text)),
      { numRuns: 300 },
    );
  });

  it('throws nothing but HavenError when one value of a real backup is replaced', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...fixtures),
        fc.nat(),
        fc.jsonValue(),
        // Without a passphrase the encrypted fixture stops before scrypt runs, keeping this fast.
        (fixture, pick, replacement) => {
          const paths = listPaths(fixture);
          const path = paths[pick % paths.length] ?? [];
          return expectOnlyHavenErrors(JSON.stringify(replaceAt(fixture, path, replacement)));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('throws nothing but HavenError when one value of a Havencode backup is replaced', async () => {
    const backup = JSON.parse(
      await exportEncryptedBackup(FIXTURE_ACCOUNTS, PASSPHRASE, { kdf: ARGON2_FLOOR }),
    ) as unknown;
    const paths = listPaths(backup);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), fc.jsonValue(), (path, replacement) =>
        expectOnlyHavenErrors(JSON.stringify(replaceAt(backup, path, replacement)), PASSPHRASE),
      ),
      { numRuns: 60 },
    );
  });

  it('throws nothing but HavenError for arbitrary lines after otpauth://', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ maxLength: 60 }), { maxLength: 4 }), (lines) =>
        expectOnlyHavenErrors(lines.map((line) => `otpauth://${line}`).join('\n')),
      ),
      { numRuns: 300 },
    );
  });
});

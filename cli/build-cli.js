/**
 * Bundles the CLI (cli/main.ts and the core it uses) into dist/cli/ with
 * esbuild, so `havencode` starts without compiling TypeScript. Commands load
 * their code on demand (code splitting): `havencode code` reads only the OTP
 * core. Dependencies stay in node_modules; zxing's .wasm is read from there.
 * Run by `postinstall`, `npm run build` and before the unit tests.
 */
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Writes dist/cli/main.js and its chunks. */
export async function buildCli() {
  // Chunk names carry a hash: clear the old ones rather than let them pile up.
  rmSync(`${root}dist/cli`, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: ['cli/main.ts'],
    outdir: 'dist/cli',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
}

/** Vitest's global setup: the CLI tests run the bundle of the code as it is now. */
export default buildCli;

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();

/**
 * Builds the vault test page with Vite, serves it on http://localhost:PORT
 * (a secure context, and a valid WebAuthn rp id) and launches Chromium on a
 * user-data-dir that survives a relaunch, for the crash test.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import puppeteer, { type Browser } from 'puppeteer-core';
import { build } from 'vite';
import { buildChromiumArgs, findChromium } from '../harness/chromium.ts';

const here = import.meta.dirname;
const outDir = join(here, '..', '.tmp', 'vault-page');
const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
};

/** Bundles test/vault/page.ts (with core/vault, idb, hash-wasm) into test/.tmp/vault-page/. */
export async function buildVaultPage(): Promise<string> {
  await build({
    configFile: false,
    root: here,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022', minify: false },
  });
  return outDir;
}

/** Serves `dir` on localhost; resolves to the server and its origin. */
export async function serveDirectory(dir: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = join(dir, path === '/' ? 'index.html' : path);
    readFile(file).then(
      (body) => {
        response.writeHead(200, {
          'content-type': types[extname(file)] ?? 'application/octet-stream',
        });
        response.end(body);
      },
      () => {
        response.writeHead(404);
        response.end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://localhost:${port}` };
}

/** Headless Chromium with the project's flags, keeping its profile in `userDataDir`. */
export async function launchVaultBrowser(userDataDir: string): Promise<Browser> {
  return puppeteer.launch({
    executablePath: await findChromium(),
    headless: true,
    userDataDir,
    args: buildChromiumArgs({}),
  });
}

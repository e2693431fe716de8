import { access, constants } from 'node:fs/promises';

/** Where Debian's chromium package puts the browser. */
export const DEFAULT_CHROME_PATH = '/usr/bin/chromium';

/**
 * A browser to test with. Throws, with how to install it, when there is none,
 * so the e2e suite fails instead of passing without having run.
 */
export async function findBrowser(name: string, path: string, install: string): Promise<string> {
  try {
    await access(path, constants.X_OK);
  } catch (cause) {
    throw new Error(`${name} not found at ${path}: ${install}`, { cause });
  }
  return path;
}

/** The Chromium to test with: CHROME_PATH or Debian's. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return findBrowser(
    'Chromium',
    env.CHROME_PATH ?? DEFAULT_CHROME_PATH,
    'apt-get install -y chromium (or set CHROME_PATH)',
  );
}

/** What the launched Chromium needs beyond puppeteer's defaults. */
export interface ChromiumArgsOptions {
  hostRules?: string;
  fakeCameraFile?: string;
  lang?: string;
}

/**
 * Command-line flags for a quiet, reproducible test browser (see TOOLCHAIN.md):
 * no sandbox or GPU in containers, no background traffic, and the demo
 * sites' self-signed certificate accepted.
 */
export function buildChromiumArgs({
  hostRules,
  fakeCameraFile,
  lang,
}: ChromiumArgsOptions): string[] {
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-component-update',
    '--disable-background-networking',
    '--ignore-certificate-errors',
    // Chromium upgrades http:// navigations to https:// by itself; the look-alike tests need plain http to stay plain.
    '--disable-features=HttpsUpgrades',
  ];
  if (hostRules !== undefined) args.push(`--host-resolver-rules=${hostRules}`);
  if (lang !== undefined) args.push(`--lang=${lang}`, `--accept-lang=${lang}`);
  if (fakeCameraFile !== undefined) {
    args.push(
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${fakeCameraFile}`,
    );
  }
  return args;
}

import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { TargetType, type Browser, type Page } from 'puppeteer-core';
import type { DemoSites } from '../sites/server.ts';
import { buildChromiumArgs, findChromium } from './chromium.ts';

/** The Chrome MV3 build of the extension, as `wxt build` writes it. */
export const EXTENSION_DIR = resolve(fileURLToPath(import.meta.url), '../../../.output/chrome-mv3');

/** Options of launchBrowser. */
export interface LaunchOptions {
  /** true (the default) loads EXTENSION_DIR, a string loads that directory, false none. */
  extension?: boolean | string;
  /** Maps the demo hosts to this server. */
  sites?: DemoSites;
  /** A .y4m file (see makeFakeCameraFile) that getUserMedia returns as the camera. */
  fakeCameraFile?: string;
  /** UI and Accept-Language, e.g. 'nl'. */
  lang?: string;
  /** false shows a window (for `npm run demo`); tests stay headless. */
  headless?: boolean;
  /** Keep the profile here (and leave it on close), to start the same profile again. */
  userDataDir?: string;
}

/** A launched Chromium with a fresh profile, and helpers for the extension. */
export interface TestBrowser {
  browser: Browser;
  /** The loaded extension's id; undefined when none was loaded. */
  extensionId: string | undefined;
  /** A new tab. */
  newPage(): Promise<Page>;
  /** The extension's popup.html opened as a normal tab, which tests can drive. */
  openPopup(): Promise<Page>;
  /** Clicks the extension's toolbar button for `page`, which grants activeTab. */
  triggerAction(page: Page): Promise<void>;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}

async function resolveExtensionDir(extension: boolean | string): Promise<string | undefined> {
  if (extension === false) return undefined;
  const dir = extension === true ? EXTENSION_DIR : resolve(extension);
  try {
    await access(join(dir, 'manifest.json'));
  } catch (cause) {
    throw new Error(`No extension build at ${dir}: run npm run build first`, { cause });
  }
  return dir;
}

/** The id of the extension loaded from `dir`, once Chromium has installed it. */
async function findExtensionId(browser: Browser, dir: string): Promise<string> {
  const target = await browser.waitForTarget(
    (t) => t.type() === TargetType.SERVICE_WORKER && t.url().startsWith('chrome-extension://'),
    { timeout: 10_000 },
  );
  const id = new URL(target.url()).host;
  if (!/^[a-p]{32}$/.test(id)) throw new Error(`Unexpected extension id ${id} for ${dir}`);
  return id;
}

/**
 * Launches headless Chromium with a fresh temporary profile, the extension
 * (pipe mode so `triggerExtensionAction` works) and the demo host mapping.
 */
export async function launchBrowser(options: LaunchOptions = {}): Promise<TestBrowser> {
  const executablePath = await findChromium();
  const extensionDir = await resolveExtensionDir(options.extension ?? true);
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'havencode-profile-')));
  const args = buildChromiumArgs({
    ...(options.sites === undefined ? {} : { hostRules: options.sites.hostRules }),
    ...(options.fakeCameraFile === undefined ? {} : { fakeCameraFile: options.fakeCameraFile }),
    ...(options.lang === undefined ? {} : { lang: options.lang }),
  });
  const browser = await puppeteer.launch({
    executablePath,
    headless: options.headless ?? true,
    pipe: true,
    userDataDir,
    args,
    enableExtensions: extensionDir === undefined ? false : [extensionDir],
    defaultViewport: { width: 1280, height: 900 },
    ...(options.lang === undefined ? {} : { env: { ...process.env, LANGUAGE: options.lang } }),
  });
  const closeAll = async (): Promise<void> => {
    await browser.close();
    if (options.userDataDir === undefined)
      await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
  };
  let extensionId: string | undefined;
  try {
    extensionId =
      extensionDir === undefined ? undefined : await findExtensionId(browser, extensionDir);
  } catch (error) {
    await closeAll();
    throw error;
  }
  const requireExtension = (): string => {
    if (extensionId === undefined)
      throw new Error('No extension loaded: launch with extension: true');
    return extensionId;
  };
  return {
    browser,
    extensionId,
    newPage: () => browser.newPage(),
    openPopup: async () => {
      const page = await browser.newPage();
      await page.goto(`chrome-extension://${requireExtension()}/popup.html`);
      return page;
    },
    triggerAction: async (page) => {
      const extension = (await browser.extensions()).get(requireExtension());
      if (extension === undefined) throw new Error(`Extension ${extensionId} is not installed`);
      await page.triggerExtensionAction(extension);
    },
    close: closeAll,
  };
}

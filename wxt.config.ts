import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { siteMatchPatterns } from './core/sites/origins.ts';

const require = createRequire(import.meta.url);

/** What the user may allow beyond them: https origins they link to an account. */
const linkableHosts = 'https://*/*';

/** Resolves `wxt/browser`, which the polyfill module aliases to the polyfill, to WXT's own (native) one. */
const nativeBrowserApi: Plugin = {
  name: 'havencode:native-browser-api',
  enforce: 'pre',
  resolveId: (id) =>
    id === '@wxt-dev/webextension-polyfill/browser' ? require.resolve('wxt/browser') : undefined,
};

/** The id WXT's own content script entry resolves to, followed by the entrypoint's file. */
const wxtContentEntry = '\0virtual:wxt-content-script-isolated-world-entrypoint?';

/**
 * The content script's entry calls `main()` and nothing else. WXT's own wraps
 * it in a ContentScriptContext (2.5 kB of the page's script) that our main
 * never reads, and which posts the extension's id to the page on every start.
 */
const bareContentEntry: Plugin = {
  name: 'havencode:bare-content-entry',
  enforce: 'pre',
  load: (id) =>
    id.startsWith(wxtContentEntry)
      ? `import script from ${JSON.stringify(id.slice(wxtContentEntry.length))};\nscript.main();`
      : undefined,
};

type ModuleGraph = {
  getModuleInfo(id: string): { importers: readonly string[]; isEntry: boolean } | null;
};

/** The entries that import a module statically, through any chain. */
function staticEntries(id: string, graph: ModuleGraph, seen = new Set<string>()): string[] {
  if (seen.has(id)) return [];
  seen.add(id);
  const info = graph.getModuleInfo(id);
  if (!info) return [];
  return [
    ...(info.isEntry ? [id] : []),
    ...info.importers.flatMap((importer) => staticEntries(importer, graph, seen)),
  ];
}

/**
 * The popup starts from a handful of chunks instead of 26. Every file an
 * extension page loads is a round trip through the browser process, which
 * cost the kiosk lock screen about 100 ms on a 2-core PC. A module the popup
 * imports at start goes into one chunk per "who else needs it": the
 * background, the offscreen document (the QR decoder), both or neither, so
 * those two load nothing of the popup's interface. The options and confirm
 * pages share the popup's chunks. Entry modules stay apart: each runs on its
 * own page only.
 */
function pageStartChunk(id: string, graph: ModuleGraph): string | null {
  if (/[\\/]entrypoints[\\/]/.test(id)) return null;
  const entries = staticEntries(id, graph);
  const reached = (page: RegExp) => entries.some((entry) => page.test(entry));
  if (!reached(/[\\/]popup[\\/]/)) return null;
  return ['start', reached(/background/) && 'background', reached(/offscreen/) && 'offscreen']
    .filter(Boolean)
    .join('-');
}

export default defineConfig({
  srcDir: 'extension',
  publicDir: 'extension/public',
  outDir: '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    // Chrome decodes QR codes and clears the clipboard in an offscreen document:
    // a service worker can't import() the decoder or touch the clipboard.
    permissions: [
      'storage',
      'idle',
      'activeTab',
      'clipboardWrite',
      // Kiosk mode's idle lock must fire while the service worker sleeps.
      'alarms',
      // Registers the content script on the sites the user linked and allowed.
      'scripting',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    // MyCepa and C-point: the only hosts the extension may touch unasked.
    host_permissions: [...siteMatchPatterns],
    // A site linked to an account is asked for, one exact origin at a time, when
    // it is linked. WXT drops optional_host_permissions from MV2: Firefox gets
    // the same pattern as an optional permission.
    ...(browser === 'firefox'
      ? { optional_permissions: [linkableHosts] }
      : { optional_host_permissions: [linkableHosts] }),
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'havencode@havencode.be',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          // Chrome and Edge read the administrator's kiosk policy through this schema.
          storage: { managed_schema: 'managed_schema.json' },
          // Offscreen documents (QR decoding, clipboard wiping) arrived in Chrome 109.
          minimum_chrome_version: '109',
        }),
  }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      // The extension's pages, built together: their start chunks (pageStartChunk).
      if (entrypoints.some((entrypoint) => entrypoint.type === 'popup')) {
        const build = (viteConfig.build ??= {});
        // Chrome 109 and Firefox 115 preload modules themselves: no polyfill to run.
        build.modulePreload = { polyfill: false };
        const rollup = (build.rollupOptions ??= {});
        rollup.output = {
          ...(rollup.output as object),
          // Each module is placed by that rule alone: what a module imports is
          // reached by every entry that reaches the module, so a chunk only
          // imports chunks needed by more entries, and never back.
          codeSplitting: {
            groups: [{ name: pageStartChunk, includeDependenciesRecursively: false }],
          },
        };
      }
      // The content script runs on the browser's own promise-based API (Chrome
      // MV3 and Firefox both have one) instead of webextension-polyfill: the
      // polyfill only matters where a listener answers with a Promise (the
      // background, the offscreen document), and it is 10 kB of the page's script.
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      viteConfig.plugins = [...(viteConfig.plugins ?? []), nativeBrowserApi, bareContentEntry];
    },
    // zxing's wasm ships as a plain file in the extension, loaded from
    // runtime.getURL: no CDN, no 1.3 MB base64 copy inside the background.
    'build:publicAssets': (_wxt, assets) => {
      assets.push({
        absoluteSrc: resolve(
          require.resolve('zxing-wasm/reader'),
          '../../../reader/zxing_reader.wasm',
        ),
        relativeDest: 'zxing_reader.wasm',
      });
    },
  },
});

import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

const require = createRequire(import.meta.url);

/** The MyCepa and C-point origins: the only hosts the extension may touch unasked. */
const siteHosts = ['https://my.cepa.be/*', 'https://www.c-point.be/*'];

/** What the user may allow beyond them: https origins they link to an account. */
const linkableHosts = 'https://*/*';

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
    host_permissions: siteHosts,
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

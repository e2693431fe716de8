import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const icon = (src: string, sizes: string, purpose: 'any' | 'maskable') => ({
  src,
  sizes,
  type: 'image/png',
  purpose,
});

/**
 * The app's Content Security Policy, as a <meta> tag (the app is static
 * files: a host may add none of our headers). Only our own scripts run, no
 * inline script, nothing is loaded from or sent to another origin;
 * 'wasm-unsafe-eval' lets the PIN's Argon2id (hash-wasm) compile its
 * WebAssembly. frame-ancestors cannot be set from a meta tag.
 */
const CSP = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "connect-src 'self' blob: data:",
  "img-src 'self' blob: data:",
  "media-src 'self' blob: mediastream:",
  "style-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  build: {
    outDir: '../dist/pwa',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries needed only after unlock or on demand get chunks of their own, so
        // the chunker never groups them with a module the first screen needs.
        codeSplitting: {
          groups: [
            { name: 'otpauth', test: /node_modules[\\/]otpauth[\\/]/ },
            { name: 'hash-wasm', test: /node_modules[\\/]hash-wasm[\\/]/ },
            { name: 'protobuf', test: /node_modules[\\/]@bufbuild[\\/]/ },
          ],
        },
      },
    },
  },
  // ES module workers: the QR worker loads zxing with a dynamic import.
  worker: { format: 'es' },
  plugins: [
    preact(),
    {
      name: 'havencode-csp',
      // Only the shipped build: the dev server injects its own inline client.
      apply: 'build',
      transformIndexHtml: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
          injectTo: 'head-prepend',
        },
      ],
    },
    VitePWA({
      registerType: 'prompt',
      // pwa/src/service-worker.ts registers it, without workbox-window.
      injectRegister: false,
      manifest: {
        id: './',
        name: 'Havencode',
        short_name: 'Havencode',
        description: 'Je codes voor MyCepa en C-point, ook zonder internet.',
        lang: 'nl',
        dir: 'ltr',
        start_url: './',
        scope: './',
        display: 'standalone',
        orientation: 'portrait',
        background_color: '#ffffff',
        theme_color: '#0b3d5c',
        categories: ['security', 'utilities'],
        icons: [
          icon('icon-192.png', '192x192', 'any'),
          icon('icon-512.png', '512x512', 'any'),
          icon('icon-maskable-512.png', '512x512', 'maskable'),
        ],
        shortcuts: [
          {
            name: 'Account toevoegen',
            short_name: 'Toevoegen',
            url: './?add',
            icons: [icon('icon-192.png', '192x192', 'any')],
          },
        ],
      },
      workbox: {
        // Everything, the QR decoder's wasm included: after one visit the app works offline.
        globPatterns: ['**/*.{js,css,html,wasm,png,svg,webmanifest}'],
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        navigateFallback: 'index.html',
      },
    }),
  ],
});

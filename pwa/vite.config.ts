import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  build: { outDir: '../dist/pwa', emptyOutDir: true },
  plugins: [
    preact(),
    VitePWA({
      registerType: 'prompt',
      manifest: {
        name: 'Havencode',
        short_name: 'Havencode',
        lang: 'nl',
        start_url: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b3d5c',
        icons: [],
      },
      workbox: { globPatterns: ['**/*.{js,css,html,wasm,png,svg,webmanifest}'] },
    }),
  ],
});

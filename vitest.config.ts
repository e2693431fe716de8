import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      {
        // WXT's plugin: `wxt/browser` is its fakeBrowser in unit tests (see extension/**/*.test.ts).
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          // The CLI tests run bin/havencode.js, i.e. the bundle: build it from the code as it is.
          globalSetup: ['./cli/build-cli.js'],
          sequence: { groupOrder: 0 },
          include: [
            'core/**/*.test.{ts,tsx}',
            'cli/**/*.test.ts',
            'extension/**/*.test.ts',
            'pwa/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          // After the unit tests, one file at a time: each starts its own Chromium
          // on a 2-core machine, and fill deadlines are part of what they check.
          sequence: { groupOrder: 1 },
          include: ['test/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

/** Only core/vault reads and writes the database: everyone else goes through it (or core/app). */
const STORAGE = {
  group: ['**/storage/*', '**/storage'],
  message: 'Only core/vault imports core/storage: use core/vault (or core/app) instead.',
};
/** The core runs in every shell, so it never imports one. */
const SHELLS = [
  {
    group: ['**/extension/**', '**/pwa/**', 'wxt', 'wxt/*'],
    message: 'core/ never imports a shell (extension/, pwa/, wxt): the shell passes adapters in.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      '.output',
      '.wxt',
      'dist',
      'test/bench/results',
      'test/bench/corpus',
      'test/.tmp',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['cli/**', 'test/**', 'bin/**', '*.config.*', 'pwa/*.config.*'],
    rules: { 'no-console': 'off' },
  },
  // Layers: shells (extension/, pwa/) → core/app → core/*; only core/vault opens core/storage.
  {
    files: ['**/*.{ts,tsx}'],
    ignores: ['core/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [STORAGE] }] },
  },
  {
    files: ['core/**/*.{ts,tsx}'],
    ignores: ['core/vault/**', 'core/storage/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [STORAGE, ...SHELLS] }] },
  },
  {
    files: ['core/vault/**/*.{ts,tsx}', 'core/storage/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: SHELLS }] },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['bin/**', 'cli/**/*.js'],
    languageOptions: { globals: { process: 'readonly', URL: 'readonly' } },
  },
  prettier,
);

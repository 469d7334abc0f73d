// ESLint for AfterLeak (flat config). Rules chosen for this codebase rather than a whole preset's opinions:
// - typescript-eslint's recommended rules, plus the type-aware rules about promises (a floating promise in a
//   click handler or a listener is an error that nobody sees; mark a deliberate one with `void`);
// - the layers, one way (entrypoints -> components -> lib -> core -> data), as import restrictions per folder.
//   tests/unit/conventions/layers.test.ts checks the same rules and more (browser calls, storage writers);
//   the lint rules point at the line while you type.
// Formatting is Prettier's (.prettierrc.json); nothing here is about layout.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const browserModules = ['wxt/browser', '#imports', 'webextension-polyfill', '@wxt-dev/storage', '@wxt-dev/webextension-polyfill'];
const upper = (...layers) =>
  layers.flatMap((layer) => [`@/${layer}/*`, `~/${layer}/*`, `../${layer}/*`, `../../${layer}/*`, `../../../${layer}/*`]);
const layer = (message, patterns, paths = []) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: paths.map((name) => ({ name, message })),
      patterns: [{ group: patterns, message }],
    },
  ],
});

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.output-*/**',
      '.wxt/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'web-ext-artifacts/**',
      'public/**',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [...tseslint.configs.recommended],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // TypeScript checks names itself (and knows the WXT and chrome types that ESLint does not).
      'no-undef': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Code passed to page.evaluate() / worker.evaluate() runs in the page or the extension's worker.
    files: ['scripts/firefox-smoke.mjs', 'scripts/bench.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser, chrome: 'readonly' } },
  },
  {
    files: ['tests/**/*.ts', 'tests/**/*.tsx'],
    rules: {
      // Playwright's fixtures take their dependencies as a destructured object, `async ({}, use) => ...` when none.
      'no-empty-pattern': 'off',
      // Mocks stand in for callback-typed browser APIs with async functions.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      ...layer(
        'core/ is pure: no browser APIs and nothing from lib/, components/ or entrypoints/ (docs/architecture.md)',
        upper('lib', 'components', 'entrypoints'),
        browserModules,
      ),
      'no-restricted-globals': ['error', 'browser', 'chrome', 'window', 'document', 'localStorage', 'sessionStorage', 'indexedDB', 'fetch'],
    },
  },
  {
    files: ['data/**/*.ts'],
    ignores: [
      // TODO(2026-12-01, issue 13): data/schema.ts takes CATEGORIES from core/model until issue 13 moves it down.
      'data/schema.ts',
    ],
    rules: layer('data/ is the bottom layer: it imports no other layer', upper('core', 'lib', 'components', 'entrypoints'), browserModules),
  },
  {
    files: ['lib/**/*.ts', 'lib/**/*.tsx'],
    rules: layer(
      'lib/ holds adapters and commands for the views: it imports no component or entrypoint',
      upper('components', 'entrypoints'),
    ),
  },
  {
    files: ['components/**/*.ts', 'components/**/*.tsx'],
    rules: {
      ...layer(
        'components take data through props and lib/: no browser APIs of their own, no entrypoint code',
        upper('entrypoints'),
        browserModules,
      ),
      'no-restricted-globals': ['error', 'browser', 'chrome', 'localStorage', 'sessionStorage', 'indexedDB', 'fetch'],
    },
  },
);

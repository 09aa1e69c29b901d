// Flat config: typescript-eslint's recommended rules everywhere, plus a few type-aware rules that catch real bugs
// in an extension (dropped promises, promises passed where callbacks are expected) at a small cost.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Globals for the plain .mjs scripts (Node) and the page callbacks of the e2e tests (browser). */
const nodeGlobals = Object.fromEntries(
  ['process', 'console', 'Buffer', 'URL', 'URLSearchParams', 'setTimeout', 'clearTimeout', 'setInterval',
    'clearInterval', 'setImmediate', 'structuredClone', 'fetch', 'AbortController', 'TextEncoder', 'TextDecoder',
    'performance', 'queueMicrotask'].map((g) => [g, 'readonly']),
);
const browserGlobals = Object.fromEntries(
  ['window', 'document', 'getComputedStyle', 'HTMLElement', 'Element', 'KeyboardEvent', 'MouseEvent', 'Node', 'NodeFilter']
    .map((g) => [g, 'readonly']),
);

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'test-output/**', '.vscode-test/**', '*.vsix', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // node:test's test()/describe() return promises the runner itself awaits.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['test', 'it', 'describe', 'suite'] }] },
      ],
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Notifications turn `[x](command:…)` into links: article text reaches them only through notify.ts (escaped).
    files: ['src/**/*.ts'],
    ignores: ['src/extension/notify.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['showInformationMessage', 'showWarningMessage', 'showErrorMessage'].map((property) => ({
          property,
          message: 'Use notify.ts (it escapes links in article text).',
        })),
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    languageOptions: { globals: { ...nodeGlobals, ...browserGlobals } },
    rules: {
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-unused-vars': 'off',
    },
  },
);

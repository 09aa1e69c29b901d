// Flat config: typescript-eslint's recommended rules everywhere, plus a few type-aware rules that catch real bugs
// in an extension (dropped promises, promises passed where callbacks are expected) at a small cost.
import js from '@eslint/js';
import { builtinRules } from 'eslint/use-at-your-own-risk';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/** Globals for the plain .mjs scripts (Node) and the page callbacks of the e2e tests (browser). */
const nodeGlobals = Object.fromEntries(
  [
    'process',
    'console',
    'Buffer',
    'URL',
    'URLSearchParams',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'setImmediate',
    'structuredClone',
    'fetch',
    'AbortController',
    'TextEncoder',
    'TextDecoder',
    'performance',
    'queueMicrotask',
  ].map((g) => [g, 'readonly']),
);
const browserGlobals = Object.fromEntries(
  [
    'window',
    'document',
    'getComputedStyle',
    'HTMLElement',
    'Element',
    'KeyboardEvent',
    'MouseEvent',
    'Node',
    'NodeFilter',
  ].map((g) => [g, 'readonly']),
);

/** Function length counted without blank lines and comments: a warning past a screen, an error past 120 lines. */
const functionLength = (max) => ({ max, skipBlankLines: true, skipComments: true, IIFEs: true });
/** The core rule under a second name, so that one length can warn and another fail. */
const local = { rules: { 'max-lines-per-function': builtinRules.get('max-lines-per-function') } };

/** Layers (README, "Architecture"): the core is pure; shared code serves the editor, worker, webview and CLI. */
const layers = [
  {
    target: './src/core',
    from: ['./src/extension', './src/cli', './src/webview', './src/worker', './src/shared'],
    message: 'src/core is the pure analysis: it imports nothing from the editor, CLI, webview, worker or shared code.',
  },
  {
    target: './src/shared',
    from: ['./src/extension', './src/cli', './src/webview', './src/worker'],
    message: 'src/shared serves every front end: it imports none of them.',
  },
  {
    target: './src/webview',
    from: ['./src/extension', './src/cli', './src/worker', './src/shared/atomicWrite.ts'],
    message: 'The webview runs in a browser: no editor, CLI, worker or file-system code.',
  },
  {
    target: './src/extension',
    from: ['./src/cli', './src/webview'],
    message: 'The editor and the CLI share code through src/shared, never each other.',
  },
  {
    target: './src/cli',
    from: ['./src/extension', './src/webview', './src/worker'],
    message: 'The editor and the CLI share code through src/shared, never each other.',
  },
];

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
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['test', 'it', 'describe', 'suite'] },
          ],
        },
      ],
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
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
    // Import cycles and layer boundaries, checked on the real module graph (import-x resolves the .ts files).
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX, local },
    settings: {
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.mjs', '.json'] })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: layers }],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'vscode', message: 'Only src/extension talks to VS Code; keep this module editor-free.' }] },
      ],
      complexity: ['warn', 30],
      'max-lines-per-function': ['warn', functionLength(80)],
      'local/max-lines-per-function': ['error', functionLength(120)],
    },
  },
  {
    files: ['src/extension/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The webview is a browser page: no Node modules, and from the core only its types (the data it is sent).
    files: ['src/webview/**/*.ts'],
    rules: {
      'import-x/no-nodejs-modules': 'error',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/core/**', '**/core'],
              allowTypeImports: true,
              message: 'The webview takes only types from src/core.',
            },
          ],
        },
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

// ESLint (flat config) with typescript-eslint. The folder boundaries (what may import what)
// are checked by dependency-cruiser (.dependency-cruiser.cjs); both run in `npm run lint`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'out/', 'coverage/', 'docs/api/', 'bench/.work/', '**/*.generated.ts', 'tests/fixtures/', 'editors/*/node_modules/', '**/*.vsix'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        setImmediate: 'readonly',
        queueMicrotask: 'readonly',
        structuredClone: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
        AbortController: 'readonly',
        AbortSignal: 'readonly',
        performance: 'readonly',
        fetch: 'readonly',
        SharedArrayBuffer: 'readonly',
        Atomics: 'readonly',
        NodeJS: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // typeof import('x') types a module that is loaded lazily (a require() or import() at first use).
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      // A variable a closure reads before its one assignment (watch's server) stays a let.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    files: ['**/*.cjs', 'editors/vscode/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Small modules: a longer file says why at its top (/* eslint-disable max-lines -- REASON */).
    files: ['src/**/*.ts'],
    rules: { 'max-lines': ['error', { max: 200, skipBlankLines: true, skipComments: true }] },
  },
  {
    // Functions that fit a screen: a longer one is split into named units (a closure over shared
    // state becomes a small class). Generated code is not read as code (and is ignored above anyway).
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.generated.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }] },
  },
  {
    // One copy of pdf-lib: src/pdf/pdf-lib.ts loads its one-file build. A value import of
    // 'pdf-lib' anywhere else loads its ~140-file tree as well, and that copy's classes are not
    // the code's (instanceof fails on what one hands the other). Types are the same either way.
    files: ['src/**/*.ts', 'tests/**/*.ts'],
    ignores: ['src/pdf/pdf-lib.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'pdf-lib', allowTypeImports: true, message: "Take pdf-lib from src/pdf/pdf-lib.ts (its named exports, or pdfLib), the code's one copy." }] },
      ],
    },
  },
);

// @ts-check
// Lint rules that catch real faults; layout is Prettier's alone (eslint-config-prettier turns off
// every rule that would fight it). Import boundaries are dependency-cruiser's (.dependency-cruiser.js).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'coverage/**', '.bench/**', 'proto/gen/**', 'bench/results/**', '.lint-fixture-*/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // `const { id: _id, ...rest } = event.data` is how a field is dropped on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
      // Rows come back from the Sql port untyped; typing them is the port's job, not a lint's.
      '@typescript-eslint/no-explicit-any': 'off',
      // Type-aware: a promise nobody awaits loses its failure, an async callback where a plain one
      // is expected runs unobserved, awaiting a non-promise hides a missing call.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  prettier,
);

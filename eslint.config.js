import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import layers from './eslint/boundaries.js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'data', 'node_modules', 'coverage', 'bench/results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/server/**'], message: 'shared/ and web/ never import server code' }] },
      ],
    },
  },
  {
    files: ['src/server/**', 'tests/**', 'bench/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // A domain is entered through its index.ts; a web feature imports no other feature and not app/.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    plugins: { layers },
    rules: { 'layers/boundaries': 'error' },
  },
  {
    files: ['src/web/**/*.tsx', 'src/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
);

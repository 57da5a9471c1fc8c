// ESLint (flat config): TypeScript, Lit templates, their accessibility, and
// web-component practice. `npm run lint` runs it with zero warnings allowed,
// then lit-analyzer (template types) and Prettier.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      // Angular's compiler output (scripts/build-angular.mjs); its source, angular/ab-registration.directive.ts, needs @angular/core.
      'angular/',
      'build/',
      'dist/',
      'coverage/',
      'src/generated/',
      'bench/.build/',
      'bench/.peers/',
      'bench/.baseline/',
      'bench-results/',
      '.cem-check/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  wc.configs['flat/recommended'],
  {
    languageOptions: {globals: {...globals.browser}},
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none'}],
    },
  },
  {
    files: ['**/*.mjs', '**/*.config.js', 'bin/**', 'scripts/**', 'bench/**', 'demo/*.mjs'],
    languageOptions: {globals: {...globals.node}},
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: {globals: {...globals.mocha}},
    rules: {
      // Tests define throwaway elements and reach into privates on purpose.
      'wc/guard-super-call': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  }
);

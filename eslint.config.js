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
    // What the widget must never contain: HTML parsed from strings, code from
    // strings, storage, logging (a log line could carry what the buyer typed;
    // console.warn stays for the host developer's hints), inline styles (a
    // strict style-src refuses them). test/node/lint.test.mjs checks each rule.
    files: ['src/**/*.ts'],
    ignores: ['src/generated/**'],
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-console': ['error', {allow: ['warn']}],
      'no-restricted-globals': [
        'error',
        ...['localStorage', 'sessionStorage', 'indexedDB'].map((name) => ({name, message: 'writes to storage'})),
      ],
      'no-restricted-properties': [
        'error',
        ...['innerHTML', 'outerHTML', 'insertAdjacentHTML'].map((property) => ({property, message: 'parses a string as HTML'})),
        {object: 'document', property: 'write', message: 'parses a string as HTML'},
        {object: 'document', property: 'cookie', message: 'writes to storage'},
        ...['localStorage', 'sessionStorage', 'indexedDB'].map((property) => ({
          object: 'window',
          property,
          message: 'writes to storage',
        })),
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {name: 'lit/directives/unsafe-html.js', message: 'renders a string as markup'},
            {name: 'lit/directives/unsafe-svg.js', message: 'renders a string as markup'},
            {name: 'lit/static-html.js', message: 'renders a string as markup (unsafeStatic)'},
            {name: 'lit/directives/style-map.js', message: 'sets inline styles (a strict style-src refuses them)'},
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "TaggedTemplateExpression[tag.name='html'] TemplateElement[value.raw=/\\sstyle=/]",
          message: 'sets inline styles (a strict style-src refuses them)',
        },
      ],
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

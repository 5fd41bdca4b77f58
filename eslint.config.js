// ESLint's flat config: the ecosystem's recommended rules, type-aware for TypeScript, Astro's own
// rules and the accessibility rules that apply to .astro templates, and the one rule that keeps
// what ships to the browser apart from what runs at build time.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** What a browser module (any `client/` folder) must never import: build-time and Node modules. */
const BROWSER_ONLY = {
  patterns: [
    { group: ['node:*'], message: 'Browser code cannot use Node modules.' },
    { group: ['astro:*', 'astro/*'], message: 'Browser code cannot use Astro build-time modules.' },
    {
      group: ['**/site/catalog', '**/content-model/*', '!**/content-model/schemas'],
      message: 'Browser code cannot load content: it arrives as built data.',
    },
    {
      group: ['**/tools/**', '**/tests/**'],
      message: 'Browser code cannot import the Node tools or the tests.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-base/',
      '.astro/',
      'test-results/',
      'playwright-report/',
      'bench/',
      'docs/',
    ],
  },
  js.configs.recommended,
  { languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  // Templates' frontmatter is TypeScript too, checked without types (the Astro parser hands ESLint
  // no type information); Astro's parser must come after, so that it reads the .astro files.
  { files: ['**/*.astro'], extends: [tseslint.configs.recommended] },
  {
    files: ['**/*.astro', '**/*.ts'],
    rules: {
      // Unused names that start with _ are kept on purpose (a parameter a signature needs).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      // Event listeners are async on purpose and catch their own failures; a promise passed
      // anywhere else must still be awaited or handled.
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { arguments: false } },
      ],
    },
  },
  {
    // The starter runs inline, unbundled, in every browser that visits, old ones on broken
    // machines included: it keeps to ES2018 (no optional catch binding), so a catch names its error.
    files: ['src/site/client/starter.js'],
    languageOptions: { ecmaVersion: 2018, sourceType: 'script' },
    rules: { 'no-unused-vars': ['error', { caughtErrors: 'none' }] },
  },
  astro.configs['flat/recommended'],
  astro.configs['flat/jsx-a11y-recommended'],
  { files: ['src/**/client/**'], rules: { 'no-restricted-imports': ['error', BROWSER_ONLY] } },
);

// Lint: the recommended rules of ESLint, typescript-eslint and eslint-plugin-astro, with the few
// choices this project makes written below with their reason. `npm run lint` runs it (CI too).
// Prettier is configured (.prettierrc.json) but not yet a gate: the code has not been reformatted.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist-fixture/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // `_name` marks a value taken apart on purpose and left unused (a destructured field to drop).
      // Untrusted text is checked for control characters on purpose (URL schemes, YAML, outputs).
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
);

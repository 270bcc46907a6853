// @ts-check
// ESLint for the whole tree: the recommended rules for JavaScript, and typescript-eslint's type-aware
// recommended rules for TypeScript. Layout is Prettier's (npm run format), so no rule here is about
// it. `npm run lint` runs this and `prettier --check`; `npm test` runs `npm run lint` first.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { boundaries } from './eslint.boundaries.js';

export default tseslint.config(
  { ignores: ['dist/', 'fixtures/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  {
    rules: {
      // Chinese text in template literals (the HTML fixtures' pages) uses the ideographic space, U+3000,
      // as real pages do; string literals are skipped already by default.
      'no-irregular-whitespace': ['error', { skipTemplates: true }],
    },
  },
  {
    // Scripts, the command's entry and the test helpers written in plain JavaScript run under Node.
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // Their page.evaluate and addInitScript callbacks run in the browser's page.
    files: ['scripts/app-screenshot.js', 'scripts/bench-app.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.ts', '**/*.mts'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        // tsconfig.test.json covers src less the page, test and scripts; tsconfig.app.json the page (src/app).
        project: ['./tsconfig.test.json', './tsconfig.app.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // A property taken out of an object by destructuring, the rest kept, is named and unused on
      // purpose (`const { claims: _claims, ...report } = checked.report`), as TypeScript's noUnused* allow.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // In no tsconfig: checked without types.
    files: ['vitest.config.ts'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  // Which folder of src/ may import which: the stages in the order the data flows (eslint.boundaries.js).
  ...boundaries,
);

// @ts-check
// ESLint for the whole tree: the recommended rules for JavaScript, and typescript-eslint's type-aware
// recommended rules for TypeScript. Formatting is Prettier's (npm run format), so no rule here is
// about layout. `npm run lint` runs this and `prettier --check`; `npm test` runs `npm run lint` first.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'fixtures/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  {
    // Scripts, the command's entry and test helpers written in plain JavaScript run under Node.
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.ts', '**/*.mts'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        // tsconfig.test.json covers src (less the page), test and scripts; tsconfig.app.json the page, src/app.
        project: ['./tsconfig.test.json', './tsconfig.app.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    // In no tsconfig: checked without types.
    files: ['vitest.config.ts'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);

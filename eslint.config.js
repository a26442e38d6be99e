// Lint rules, including the architecture's import boundaries (STYLE.md "each side
// effect has one owner"): a broken boundary is an error whose message says what to
// use instead.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

const dexieOnlyInData = {
  name: 'dexie',
  message: 'Only src/data talks to IndexedDB. Use a command (*-commands.ts) or a query (*-queries.ts) from src/data or your feature instead.',
};
const dexieHooksOnlyInData = {
  name: 'dexie-react-hooks',
  message: 'Read through the useX hooks in src/data or a feature (they wrap useLiveQuery) instead of calling useLiveQuery in components.',
};
const workboxOnlyInPwa = {
  name: 'workbox-window',
  message: 'Only src/pwa talks to the service worker. Use the hooks exported by src/pwa instead.',
};

const clientGroups = (...groups) => groups.map((g) => ({ group: g.group, message: g.message }));

export default tseslint.config(
  {
    ignores: ['dist/**', 'dist-server/**', 'node_modules/**', 'reports/**', 'coverage/**', 'data/**', 'dev-dist/**', 'src/domain/divisions-data.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
    },
  },
  // Boundaries for client code outside the owning folders.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/data/**', 'src/server/**', 'src/domain/**', 'src/pwa/**', 'src/sync/**', '**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { paths: [dexieOnlyInData, dexieHooksOnlyInData, workboxOnlyInPwa] }],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Only src/sync talks to the server. Use the functions exported by src/sync instead.' },
        { name: 'XMLHttpRequest', message: 'Only src/sync talks to the server. Use the functions exported by src/sync instead.' },
      ],
    },
  },
  {
    files: ['src/sync/**/*.{ts,tsx}', 'src/pwa/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { paths: [dexieOnlyInData] }],
    },
  },
  {
    files: ['src/data/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { paths: [workboxOnlyInPwa] }],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'src/data stores; src/sync talks to the server. Move network code to src/sync.' },
      ],
    },
  },
  // The domain is pure: no React, Dexie, DOM-bound or Node imports, nothing of the app.
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', message: 'src/domain is pure TypeScript shared with the server. Put UI code in src/features or src/ui.' },
            dexieOnlyInData,
            workboxOnlyInPwa,
          ],
          patterns: clientGroups(
            { group: ['node:*', 'fs', 'path', 'crypto'], message: 'src/domain also runs in the browser. Put Node code in src/server.' },
            { group: ['../app/*', '../data/*', '../sync/*', '../features/*', '../ui/*', '../server/*', '../pwa/*', '../i18n/*', '../a11y/*'], message: 'src/domain imports nothing of the app; pass values in from the caller instead.' },
          ),
        },
      ],
    },
  },
  // The server may use the domain and the sync protocol types, nothing else of the client.
  {
    files: ['src/server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', message: 'The server renders no React. Serve the built app instead.' },
            dexieOnlyInData,
            workboxOnlyInPwa,
          ],
          patterns: clientGroups({
            group: ['**/app/*', '**/data/*', '**/features/*', '**/ui/*', '**/pwa/*', '**/i18n/*', '**/a11y/*', '**/sync/!(protocol)'],
            message: 'src/server may import src/domain and src/sync/protocol only. Move shared logic into src/domain.',
          }),
        },
      ],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'bench/**/*.ts', 'scripts/**/*.{js,mjs,ts}', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);

import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'site/', 'coverage/', 'node_modules/', '.tmp/', 'docs/api/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Leaflet 1.9's ES module build (what import maps and some bundlers load) has no default export.
    files: ['src/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='leaflet'] > ImportDefaultSpecifier",
          message: "Leaflet 1.9's ES module build has no default export: use import * as L from 'leaflet'.",
        },
      ],
    },
  },
  {
    // The DOM-free core must never reach for the page.
    files: ['src/itinerary/**', 'src/geo/**', 'src/geojson/**', 'src/cli/**', 'src/extract/**', 'src/index.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'location'],
      'no-restricted-imports': ['error', { patterns: ['leaflet', '*/leaflet/*', '*/basemap/*'] }],
    },
  },
);

// @ts-check
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'playwright-report/',
      'test-results/',
      '.dev-content*/',
      'dist-*/',
      'tests/fixtures/**/dist/',
    ],
  },
  ...tseslint.configs.recommended,
  ...eslintPluginAstro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'astro:content',
              importNames: ['getCollection', 'getEntry'],
              message: 'Query content only in src/lib/content.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/lib/content.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  // Layers point down only (docs/ARCHITECTURE.md): core ← schemas, i18n ← lib ← components, pages.
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/lib/**', '**/schemas/**', '**/i18n/**', '**/components/**', '**/layouts/**', 'astro:*'],
              message: 'src/core is the bottom layer: it imports nothing of the project.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/schemas/**', 'src/i18n/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/lib/**', '**/components/**', '**/layouts/**'],
              message: 'Schemas and UI strings sit below src/lib: import from src/core instead.',
            },
          ],
        },
      ],
    },
  },
  {
    // Components render page data (src/lib/pages); they never see the content or its graph, not even as types.
    files: ['src/components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'astro:content',
              importNames: ['getCollection', 'getEntry'],
              message: 'Query content only in src/lib/content.ts.',
            },
          ],
          patterns: [
            {
              regex: '(^|/)lib/(content|graph)(\\.ts)?$',
              message: 'Components receive page data from src/lib/pages, never the content or its graph.',
            },
          ],
        },
      ],
    },
  },
);

import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

// Boundaries from the architecture: pure libs stay framework-free; apps reach Kafka,
// TypeORM and OpenSearch only through their libs; only specs import testing entry points.
const FRAMEWORKS = ['@nestjs/*', 'typeorm', 'kafkajs', '@opensearch-project/*'];

export default [
  { ignores: ['**/node_modules', '**/dist', '**/.data', '**/tmp', '**/*.js', '**/*.mjs', 'tools/eval/**'] },
  ...tseslint.configs.recommended,
  {
    // Type-aware rules: a promise nobody awaits loses its rejection (an unhandled rejection
    // kills the process, or the error is never seen), and a promise handed to a callback that
    // expects void does the same. Types come from the two programs `npm run typecheck` builds:
    // one program for the whole workspace is what keeps this fast. Per-project tsconfigs
    // (projectService) build a program per project, each holding its libs and their typings:
    // 6.5 min instead of about 1 min. So lint is one workspace task (project.json at the root),
    // not one task per project.
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { project: ['./tsconfig.json', './apps/web/tsconfig.json'], tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          // Specs test a lib through its public barrel, like any consumer.
          allowCircularSelfDependency: true,
          allow: ['@raseed/contracts/testing', '@raseed/kafka/testing', '@raseed/persistence/testing', '@raseed/platform/testing', '@raseed/operations/testing', '@raseed/incident-export/testing', '@raseed/webhooks/testing'],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain', 'type:data-access', 'type:infra', 'type:util', 'type:contracts'], bannedExternalImports: ['kafkajs', 'typeorm', '@opensearch-project/*'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:domain', 'type:util', 'type:contracts', 'type:infra'] },
            { sourceTag: 'type:infra', onlyDependOnLibsWithTags: ['type:infra', 'type:data-access', 'type:util', 'type:contracts'] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:util', 'type:contracts'], bannedExternalImports: FRAMEWORKS },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'], bannedExternalImports: FRAMEWORKS },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['*'] },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'], bannedExternalImports: FRAMEWORKS },
          ],
        },
      ],
    },
  },
  {
    // Scripts in tools/ build data from lib internals (the gazetteer) and are no Nx project of
    // their own; they get the type-aware rules, not the boundaries between projects.
    files: ['tools/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    files: ['**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.int-spec.ts', '**/testing.ts', '**/bench/**', '**/test/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@raseed/*/testing'], message: 'testing entry points are for specs only' }] }],
    },
  },
  {
    // The page talks to the API over HTTP: it takes the API's types from the libs, never their code.
    files: ['apps/web/src/**/*.ts', 'apps/web/src/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ group: ['@raseed/*'], allowTypeImports: true, message: 'only types from the libs may reach the browser bundle (import type)' }] }],
    },
  },
];

import js from '@eslint/js';
import checkFile from 'eslint-plugin-check-file';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = [
  'themes',
  'board',
  'deadlines',
  'feed',
  'pilots',
  'practices',
  'reports',
  'identity',
  'channel',
  'settings',
];

/** The import directions of ARCHITECTURE.md, as lint zones: `target` may not import `from`. */
const zones = [
  {
    target: './src/domain',
    from: [
      './src/data',
      './src/host',
      './src/features',
      './src/ui',
      './src/i18n',
      './src/app',
      './src/local-sharepoint',
      './src/cli',
    ],
    message: 'The domain imports nothing of ours.',
  },
  {
    target: './src/data',
    from: [
      './src/host',
      './src/features',
      './src/ui',
      './src/i18n',
      './src/app',
      './src/local-sharepoint',
      './src/cli',
    ],
    message: 'The data layer may import only the domain.',
  },
  {
    target: './src/host',
    from: [
      './src/data',
      './src/features',
      './src/ui',
      './src/app',
      './src/local-sharepoint',
      './src/cli',
    ],
    message: 'The host may import only the domain and i18n.',
  },
  {
    target: ['./src/ui', './src/i18n'],
    from: ['./src/features', './src/app', './src/local-sharepoint', './src/cli'],
    message: 'Shared UI and i18n may import only the domain and the data and host interfaces.',
  },
  {
    target: ['./src/ui', './src/i18n'],
    from: './src/data',
    except: ['./repositories.ts', './errors.ts'],
    message: 'Shared UI may import only the data interfaces.',
  },
  {
    target: ['./src/ui', './src/i18n'],
    from: './src/host',
    except: ['./host.ts'],
    message: 'Shared UI may import only the host interface.',
  },
  {
    target: './src/features',
    from: ['./src/data/sharepoint', './src/app', './src/local-sharepoint', './src/cli'],
    message: 'Features talk to repository interfaces, never to PnPjs or the composition root.',
  },
  ...features.map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message: 'A feature never imports another feature; compose them in src/app.',
  })),
  {
    target: './src/notify',
    from: [
      './src/host',
      './src/features',
      './src/ui',
      './src/i18n',
      './src/app',
      './src/local-sharepoint',
      './src/cli',
      './src/teams-package',
    ],
    message: 'The deadline job may import only the domain and the data layer.',
  },
  {
    target: ['./src/local-sharepoint', './src/cli', './src/teams-package'],
    from: ['./src/host', './src/features', './src/ui', './src/app'],
    message: 'Node code may import only the domain, data, local-sharepoint and teams-package.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'appPackage/build', '.data', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX, 'check-file': checkFile },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    settings: { 'import-x/resolver': { typescript: true, node: true } },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': 'error',
      'import-x/no-duplicates': 'error',
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'check-file/filename-naming-convention': [
        'error',
        { 'src/**/*.{ts,tsx}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { 'src/**/': 'KEBAB_CASE' }],
    },
  },
  {
    files: ['src/**/*.tsx'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'Date',
          property: 'now',
          message: 'The domain never reads the clock: pass `now` in.',
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'The domain never reads the clock: pass `now` in.',
        },
      ],
    },
  },
  {
    files: ['src/{domain,data,features,ui,i18n,app,local-sharepoint,cli}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@microsoft/teams-js', message: 'Only src/host imports teams-js.' },
            { name: '@azure/msal-browser', message: 'Only src/host imports msal-browser.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', '@pnp/*', '@microsoft/*', '@azure/*', 'node:*'],
              message: 'The domain is pure TypeScript.',
            },
          ],
        },
      ],
    },
  },
);

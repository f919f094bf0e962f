import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import { builtinModules } from 'node:module'

const DOM_GLOBALS = ['window', 'document', 'File', 'Blob', 'FileReader', 'localStorage', 'fetch', 'navigator', 'self']
// Node's globals and modules: the core also runs in the browser and in a Web Worker.
const NODE_GLOBALS = ['Buffer', 'process', 'global', 'require', 'module', 'exports', '__dirname', '__filename', 'setImmediate', 'clearImmediate']
const NODE_MODULES = ['node:*', ...builtinModules, ...builtinModules.map((name) => `${name}/*`)]
const UI_LIBRARIES = ['react', 'react-dom', 'react-dom/*', '@rjsf/*', 'monaco-editor', 'monaco-editor/*', 'monaco-yaml', 'monaco-yaml/*', '@monaco-editor/*', 'react-hook-form', 'idb-keyval', 'dompurify', 'marked']

// The page's code imports core modules directly: through the index, the bundler sees every core module
// as reachable from every lazy chunk and merges them into one chunk the start page and the form load.
const CORE_INDEX_VALUES = {
  regex: '^(\\.\\./)+core$',
  allowTypeImports: true,
  message: 'Import the core module itself (e.g. ../../core/pack/pack), not the core index: see README, "The start page loads no builder code". Type imports may use the index.',
}

const CORE_IMPORT_PATTERNS = [
  { group: UI_LIBRARIES, message: 'src/core is UI-free: no React, Monaco, rjsf or browser-only libraries.' },
  { group: ['**/ui/**', '**/editor/**', '**/cli/**', '../ui', '../editor', '../cli'], message: 'Imports point one way: ui -> editor -> core.' },
]

export default tseslint.config(
  // The boundary fixture breaks the core's rules on purpose; src/core/boundary.test.ts lints it with ignore off.
  { ignores: ['dist/**', 'dist-cli/**', 'node_modules/**', 'playwright-report/**', 'test-results/**', 'src/**/generated/**', 'src/core/__fixtures__/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['bin/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'no-restricted-syntax': ['error', { selector: 'ExportAllDeclaration', message: 'Name what you export: no `export *`.' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      // The core runs in Node, in a Web Worker and in the CLI: no UI libraries, no DOM, type imports included.
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: CORE_IMPORT_PATTERNS }],
      'no-restricted-globals': ['error', ...DOM_GLOBALS.map((name) => ({ name, message: 'src/core has no DOM.' }))],
    },
  },
  {
    // ...and no Node either, outside its tests (which run in Node and may read fixtures with node:fs).
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts', 'src/core/testing/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [...CORE_IMPORT_PATTERNS, { group: NODE_MODULES, message: 'src/core has no Node: it also runs in the browser and in a Web Worker.' }],
      }],
      'no-restricted-globals': ['error', ...DOM_GLOBALS.map((name) => ({ name, message: 'src/core has no DOM.' })), ...NODE_GLOBALS.map((name) => ({ name, message: 'src/core has no Node: it also runs in the browser and in a Web Worker.' }))],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          { group: UI_LIBRARIES, message: 'The CLI imports the core only.' },
          { group: ['**/ui/**', '**/editor/**', '../ui', '../editor'], message: 'The CLI imports the core only.' },
        ],
      }],
    },
  },
  {
    files: ['src/editor/**/*.ts', 'src/editor/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{ group: ['**/ui/**', '../ui', '../ui/*'], message: 'Imports point one way: ui -> editor -> core.' }, CORE_INDEX_VALUES],
      }],
    },
  },
  {
    files: ['src/ui/**/*.ts', 'src/ui/**/*.tsx', 'src/main.tsx', 'src/boot.ts'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [CORE_INDEX_VALUES] }] },
  },
  {
    files: ['src/ui/**/*.tsx', 'src/ui/**/*.ts', 'src/editor/**/*.tsx', 'src/main.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['eslint.config.js', 'bin/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['bin/*.mjs'],
    languageOptions: { globals: { process: 'readonly' } },
  },
)

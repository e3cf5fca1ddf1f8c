import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Layers: content → core → layout → build → view. Nothing flows back up, and the
// core stays free of frameworks, the DOM and elkjs (as xyflow's packages/system).
const frameworkImports = [
  {
    group: ['react', 'react-dom', 'react-dom/*', 'react-router', '@xyflow/*'],
    message: 'src/core and src/layout are framework-free.',
  },
  {
    group: ['elkjs', 'elkjs/*'],
    message: 'Only src/layout/elk-node.ts and the editor worker load elkjs.',
  },
];
const upperLayers = (...layers) =>
  layers.map((layer) => ({
    group: [`**/${layer}/*`, `**/${layer}`],
    message: `Lower layers must not import ${layer}.`,
  }));

export default tseslint.config(
  {
    ignores: [
      'build',
      '.react-router',
      'node_modules',
      'scratch',
      'test-results',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use `as const` unions instead of enums.' },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Content is always rendered as text.',
        },
      ],
      '@typescript-eslint/switch-exhaustiveness-check': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...frameworkImports, ...upperLayers('layout', 'build', 'view')] },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'HTMLElement',
      ],
    },
  },
  {
    files: ['src/layout/**/*.ts'],
    ignores: ['src/layout/elk-node.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...frameworkImports, ...upperLayers('build', 'view')] },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'HTMLElement'],
    },
  },
  {
    files: ['src/build/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: upperLayers('view') }] },
  },
  {
    files: ['src/view/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['elkjs', 'elkjs/*'], message: 'Route pages ship no elkjs.' }] },
      ],
    },
  },
  {
    // The editor's ELK (elk-api + worker, main-thread fallback): the one view module that may
    // load elkjs. Only editor pages import it; `npm run bench` checks route pages stay free of it.
    files: ['src/view/editor/layout/browser-elk.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);

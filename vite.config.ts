import mdx from '@mdx-js/rollup';
import { reactRouter } from '@react-router/dev/vite';
import react from '@vitejs/plugin-react';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdxFrontmatter from 'remark-mdx-frontmatter';
import type { PluginOption } from 'vite';
import { defineConfig } from 'vitest/config';
import { routekaartContent } from './src/build/content-plugin.ts';
import { reactRouterProductionFiles } from './src/build/react-router-production.ts';

// Vitest runs component tests without React Router's plugin (it would demand its
// HMR preamble); the site build and dev server use the framework plugin.
const isVitest = Boolean(process.env.VITEST);

// Glossary bodies (content/glossary/*.mdx) become React components. The YAML
// frontmatter is validated by the content plugin and must not render as text.
const glossaryMdx: PluginOption = {
  enforce: 'pre',
  ...mdx({ remarkPlugins: [remarkFrontmatter, remarkMdxFrontmatter] }),
};

export default defineConfig({
  plugins: isVitest
    ? [glossaryMdx, react()]
    : [routekaartContent(), reactRouterProductionFiles(), glossaryMdx, reactRouter()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Layout tests run ELK for real; on the shared two-core CI machine under load a single
    // layout test can take several seconds. Speed is checked by `npm run bench`, not here.
    testTimeout: 20_000,
  },
});

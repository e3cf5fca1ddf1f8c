import type { Config } from '@react-router/dev/config';
import { listPrerenderPaths } from './src/build/prerender-paths.ts';

export default {
  appDirectory: 'src/view',
  // A static site: every page is rendered to HTML at build time.
  ssr: false,
  prerender: () => listPrerenderPaths(),
} satisfies Config;

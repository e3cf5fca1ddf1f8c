/**
 * ELK for Node (build time, scripts, tests). The only runtime import of elkjs in src/layout:
 * the bundled build runs in-process, without a worker. Never import this from page code —
 * elk.bundled.js is ~470 KB gzip.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkLayouter } from './layout-route.ts';

export function createNodeElk(): ElkLayouter {
  return new ELK();
}

/**
 * Layout quality of every bundled route (crossings, edge length, bends, room per step) and
 * the warm layout time of the 61-step route `npm run bench` also times, laid out in Node
 * with the build's ELK (elkjs/lib/elk.bundled.js).
 */
import { createNodeElk } from '../../src/layout/elk-node.ts';
import { type ElkLayouter, layoutRoute } from '../../src/layout/layout-route.ts';
import { sideBySideRoute } from '../side-by-side-route.ts';
import { bundledRoutes } from './bundled-routes.ts';
import { type LayoutQuality, layoutQuality } from './layout-quality.ts';

export interface RouteLayoutQuality extends LayoutQuality {
  slug: string;
  connections: number;
}

export interface LayoutTiming {
  name: string;
  steps: number;
  connections: number;
  warmMedianMs: number;
  runs: number;
}

export async function bundledLayoutQuality(elk: ElkLayouter = createNodeElk()) {
  const rows: RouteLayoutQuality[] = [];
  for (const { slug, route } of bundledRoutes()) {
    const quality = layoutQuality(await layoutRoute(route, elk));
    rows.push({ slug, connections: route.edges.length, ...quality });
  }
  return rows;
}

/** Warm = a warmed-up JIT on one ELK instance: 10 warm-up layouts, then the median of 15. */
export async function sideBySideTiming(): Promise<{
  timing: LayoutTiming;
  quality: LayoutQuality;
}> {
  const route = sideBySideRoute();
  const elk = createNodeElk();
  for (let index = 0; index < 10; index++) await layoutRoute(route, elk);
  const runs: number[] = [];
  for (let index = 0; index < 15; index++) {
    const start = performance.now();
    await layoutRoute(route, elk);
    runs.push(performance.now() - start);
  }
  runs.sort((a, b) => a - b);
  return {
    timing: {
      name: 'vo + mbo templates side by side',
      steps: route.nodes.length,
      connections: route.edges.length,
      warmMedianMs: runs[Math.floor(runs.length / 2)]!,
      runs: runs.length,
    },
    quality: layoutQuality(await layoutRoute(route, elk)),
  };
}

/**
 * Layouts keyed by a hash of the route and the layout module's version, kept
 * on disk so a rebuild only lays out the routes that changed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Route } from '../core/route/route-schema.ts';
import { createNodeElk } from '../layout/elk-node.ts';
import { LAYOUT_VERSION, layoutRoute } from '../layout/layout-route.ts';
import type { RouteLayout } from '../layout/layout-types.ts';

export const DEFAULT_CACHE_DIR = join('node_modules', '.cache', 'routekaart', 'layouts');

export function layoutKey(route: Route): string {
  return createHash('sha256').update(LAYOUT_VERSION).update('\0').update(JSON.stringify(route)).digest('hex').slice(0, 32);
}

export interface LayoutCacheStats {
  hits: number;
  misses: number;
}

export async function layoutWithCache(routes: readonly Route[], cacheDir: string, stats?: LayoutCacheStats): Promise<RouteLayout[]> {
  mkdirSync(cacheDir, { recursive: true });
  const elk = createNodeElk();
  const layouts: RouteLayout[] = [];
  for (const route of routes) {
    const file = join(cacheDir, `${layoutKey(route)}.json`);
    if (existsSync(file)) {
      layouts.push(JSON.parse(readFileSync(file, 'utf8')) as RouteLayout);
      if (stats) stats.hits++;
      continue;
    }
    const layout = await layoutRoute(route, elk);
    writeFileSync(file, JSON.stringify(layout));
    layouts.push(layout);
    if (stats) stats.misses++;
  }
  return layouts;
}

/**
 * Layouts keyed by a hash of the route and the layout module's version, kept
 * on disk so a rebuild only lays out the routes that changed. It is only a cache:
 * entries are written whole (to a temporary file, then renamed: a build stopped
 * half-way leaves no half-written entry) and read back checked, so an entry that
 * is unreadable, of the wrong shape or for other steps is laid out again.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Route } from '../core/route/route-schema.ts';
import { createNodeElk } from '../layout/elk-node.ts';
import { LAYOUT_VERSION, layoutRoute } from '../layout/layout-route.ts';
import type { RouteLayout } from '../layout/layout-types.ts';
import { layoutSchema } from '../layout/saved-layouts.ts';

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
    const cached = readEntry(file, route);
    if (cached) {
      layouts.push(cached);
      if (stats) stats.hits++;
      continue;
    }
    const layout = await layoutRoute(route, elk);
    writeEntry(file, layout);
    layouts.push(layout);
    if (stats) stats.misses++;
  }
  return layouts;
}

/** The cached layout for this route, or undefined when there is none that can be trusted. */
function readEntry(file: string, route: Route): RouteLayout | undefined {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  const parsed = layoutSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const ids = new Set(parsed.data.nodes.map((node) => node.id));
  const sameSteps = ids.size === new Set(route.nodes.map((node) => node.id)).size && route.nodes.every((node) => ids.has(node.id));
  return sameSteps ? parsed.data : undefined;
}

function writeEntry(file: string, layout: RouteLayout): void {
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    writeFileSync(temporary, JSON.stringify(layout));
    renameSync(temporary, file);
  } catch {
    // A cache that cannot be written only costs the next build a layout.
    rmSync(temporary, { force: true });
  }
}

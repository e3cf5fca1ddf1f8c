/**
 * Prerendered pages for reading a route (issue 6): per route its print view, its
 * SVG file and its embed page; the compare form; and every school compared with
 * the template closest to its sector (the pair each school page links to). Other
 * pairs are compared in the browser from the published `/routes/<slug>.json`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { comparePairs } from '../core/reading/compare-pairs.ts';
import type { Route } from '../core/route/route-schema.ts';
import { routeUrl } from '../core/route/route-urls.ts';
import { slugOf } from './content-files.ts';
import { listRouteFiles } from './load-routes.ts';
import { compareUrl, embedUrl, printUrl, svgUrl } from '../core/route/reading-urls.ts';

type RouteHead = Pick<Route, 'kind' | 'sector'>;

export function readingPaths(root: string): string[] {
  const entries = listRouteFiles(root).flatMap((file) => {
    try {
      const route = JSON.parse(readFileSync(join(root, file), 'utf8')) as RouteHead;
      return [{ slug: slugOf(file), route }];
    } catch {
      return [];
    }
  });
  return [...routeReadingPaths(entries), '/vergelijk', ...comparePairs(entries).map(([a, b]) => compareUrl(a, b))];
}

function routeReadingPaths(entries: { slug: string; route: RouteHead }[]): string[] {
  return entries.flatMap(({ slug, route }) => {
    const url = routeUrl(slug, route.kind);
    return [printUrl(url), svgUrl(url), embedUrl(slug)];
  });
}

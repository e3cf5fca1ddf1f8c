/**
 * Prerendered pages for parents (issue 12): the start page, the general "wie heb ik
 * gesproken", and per route the route told to parents; per school also its own
 * "wie heb ik gesproken".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RouteKind } from '../core/route/route-schema.ts';
import { routeUrl } from '../core/route/route-urls.ts';
import {
  GENERAL_CONTACTS_URL,
  PARENTS_URL,
  parentRouteUrl,
  schoolContactsUrl,
} from '../core/parents/parent-urls.ts';
import { slugOf } from './content-files.ts';
import { listRouteFiles } from './load-routes.ts';

export function parentsPaths(root: string): string[] {
  const perRoute = listRouteFiles(root).flatMap((file) => {
    try {
      const { kind } = JSON.parse(readFileSync(join(root, file), 'utf8')) as { kind: RouteKind };
      const url = routeUrl(slugOf(file), kind);
      return kind === 'school' ? [parentRouteUrl(url), schoolContactsUrl(url)] : [parentRouteUrl(url)];
    } catch {
      return [];
    }
  });
  return [PARENTS_URL, GENERAL_CONTACTS_URL, ...perRoute];
}

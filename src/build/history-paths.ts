/** One prerendered page per route version that can be compared with the one before it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { versionUrl } from '../core/route/reading-urls.ts';
import type { RouteKind } from '../core/route/route-schema.ts';
import { routeUrl } from '../core/route/route-urls.ts';
import { slugOf } from './content-files.ts';
import { listRouteFiles } from './load-routes.ts';
import {
  SHORT_COMMIT_LENGTH,
  historyAvailability,
  readRouteHistory,
  versionPair,
} from './route-history.ts';

export function historyPaths(root: string): string[] {
  const availability = historyAvailability(root);
  if (availability !== 'ok') return [];
  return listRouteFiles(root).flatMap((file) => {
    let kind: RouteKind;
    try {
      ({ kind } = JSON.parse(readFileSync(join(root, file), 'utf8')) as { kind: RouteKind });
    } catch {
      return [];
    }
    const history = readRouteHistory(root, file, availability);
    if (history.status !== 'known') return [];
    const url = routeUrl(slugOf(file), kind);
    return history.versions
      .filter((version) => versionPair(history, version.commit.slice(0, SHORT_COMMIT_LENGTH)))
      .map((version) => versionUrl(url, version.commit));
  });
}

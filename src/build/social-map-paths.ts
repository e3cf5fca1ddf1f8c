/**
 * Prerendered pages of the social map (issue 5): the map itself, one page per organisation
 * (file names in content/socialmap/organisations) and a sheet of contact cards per school route.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Route } from '../core/route/route-schema.ts';
import { contactCardsUrl, socialMapParentsUrl, socialMapUrl } from '../core/socialmap/social-map-model.ts';
import { listFiles, slugOf } from './content-files.ts';
import { listRouteFiles } from './load-routes.ts';
import { SOCIAL_MAP_FILES } from './load-social-map.ts';

export function socialMapPaths(root: string): string[] {
  const organisations = listFiles(join(root, SOCIAL_MAP_FILES.organisations), '.json').map((file) => socialMapUrl(slugOf(file)));
  const schools = listRouteFiles(root).flatMap((file) => {
    try {
      const { kind } = JSON.parse(readFileSync(join(root, file), 'utf8')) as Pick<Route, 'kind'>;
      return kind === 'school' ? [contactCardsUrl(slugOf(file))] : [];
    } catch {
      return [];
    }
  });
  return [socialMapUrl(), socialMapParentsUrl(), ...organisations, ...schools];
}

/** The bundled routes (content/routes), validated as the build reads them, with their page URLs. */
import { loadRoutes } from '../../src/build/load-routes.ts';
import { todayIso } from '../../src/core/dates.ts';
import type { Route } from '../../src/core/route/route-schema.ts';
import { printUrl } from '../../src/core/route/reading-urls.ts';
import { routeUrl } from '../../src/core/route/route-urls.ts';

export interface BundledRoute {
  slug: string;
  route: Route;
  /** `/school/<slug>` for a school's route, `/route/<slug>` for templates and care routes. */
  url: string;
  printUrl: string;
}

export function bundledRoutes(root = process.cwd()): BundledRoute[] {
  return loadRoutes(root, todayIso())
    .routes.map(({ slug, route }) => {
      const url = routeUrl(slug, route.kind);
      return { slug, route, url, printUrl: printUrl(url) };
    })
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

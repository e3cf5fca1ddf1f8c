/**
 * Validated routes with their layouts, or an error listing every problem:
 * a broken file never produces a half-built site.
 */
import { join } from 'node:path';
import { routeUrl } from '../core/route/route-urls.ts';
import { routeTermSummaries } from '../core/glossary/route-terms.ts';
import { createTermMatcher } from '../core/glossary/term-mentions.ts';
import { formatReports } from './format-reports.ts';
import { DEFAULT_CACHE_DIR, layoutWithCache } from './layout-cache.ts';
import { loadGlossary } from './load-glossary.ts';
import { loadContentRefs, loadRoutes } from './load-routes.ts';
import { loadSocialMap } from './load-social-map.ts';
import { loadSamenwerken, samenwerkenRefs } from './load-samenwerken.ts';
import { loadSite } from './load-site.ts';
import { historyAvailability, readRouteHistory } from './route-history.ts';
import { ROUTES_DIR } from './content-files.ts';
import { createNodeElk } from '../layout/elk-node.ts';
import { layoutSocialNetwork } from '../layout/layout-social-network.ts';
import type { SiteContent } from './site-content.ts';

export async function buildSiteContent(root: string, today: string, cacheDir = join(root, DEFAULT_CACHE_DIR)): Promise<SiteContent> {
  const glossary = loadGlossary(root, today);
  const loaded = loadRoutes(root, today);
  const { routes } = loaded;
  const { terms } = loadContentRefs(root);
  const social = loadSocialMap(root, today, terms);
  const samenwerken = loadSamenwerken(root, samenwerkenRefs(routes, terms));
  const site = loadSite(root);
  const reports = [...site.reports, ...glossary.reports, ...loaded.reports, ...social.reports, ...samenwerken.reports];
  const text = formatReports(reports);
  if (reports.some((report) => report.problems.some((problem) => problem.severity === 'error'))) {
    throw new Error(`De inhoud bevat fouten; er is niets gebouwd.\n${text}`);
  }
  if (text) console.warn(text);
  const layouts = await layoutWithCache(
    routes.map((entry) => entry.route),
    cacheDir,
  );
  const matcher = createTermMatcher(glossary.entries);
  const availability = historyAvailability(root);
  return {
    // Errors stopped the build above, so a missing or invalid site file never gets here.
    site: site.site!,
    history: Object.fromEntries(
      routes.map((entry) => [
        entry.slug,
        readRouteHistory(root, join(ROUTES_DIR, `${entry.slug}.json`), availability),
      ]),
    ),
    socialMap: social.socialMap,
    socialNetwork: await layoutSocialNetwork(social.socialMap, createNodeElk()),
    glossary: glossary.entries,
    samenwerken: samenwerken.samenwerken,
    routes: routes.map((entry, index) => ({
      slug: entry.slug,
      url: routeUrl(entry.slug, entry.route.kind),
      route: entry.route,
      layout: layouts[index]!,
      terms: routeTermSummaries(entry.route, glossary.entries, matcher),
    })),
  };
}

/** Loader data shared by the compare pages (computed at build time). */
import type { RouteSummary, SiteRoute } from '../../build/site-content.ts';
import { summarize } from '../../build/site-content.ts';
import { comparePairs } from '../../core/reading/compare-pairs.ts';
import { routeShortName } from '../components/route-name.ts';
import type { ComparedRoute } from './compared-route.ts';

export interface CompareFormData {
  summaries: RouteSummary[];
  prerendered: string[];
}

export function compareFormData(routes: readonly SiteRoute[]): CompareFormData {
  return {
    summaries: routes.map(summarize),
    prerendered: comparePairs(routes).map(([a, b]) => `${a}/${b}`),
  };
}

export function comparedRoute({ slug, url, route, layout }: SiteRoute): ComparedRoute {
  return { slug, url, name: routeShortName(route), route, layout };
}

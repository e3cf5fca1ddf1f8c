/** What the build hands to the pages: validated routes with their precomputed layouts. */
import type { GlossaryEntry } from '../core/glossary/glossary-schema.ts';
import type { Route, RouteKind, Sector } from '../core/route/route-schema.ts';
import type { TermSummary } from '../core/glossary/route-terms.ts';
import type { RouteLayout } from '../layout/layout-types.ts';
import type { SocialMap } from '../core/socialmap/social-map-schema.ts';
import type { NetworkLayout } from '../layout/network-layout-types.ts';
import type { SamenwerkenContent } from '../core/samenwerken/content-schema.ts';
import type { Site } from '../core/site/site-schema.ts';
import type { RouteHistory } from './route-history.ts';

export interface SiteRoute {
  slug: string;
  url: string;
  route: Route;
  layout: RouteLayout;
  /** The glossary meanings this route's nodes name or mention (see route-terms.ts). */
  terms: TermSummary[];
}

/** The few fields the home page needs to list and search routes. */
export interface RouteSummary {
  slug: string;
  url: string;
  kind: RouteKind;
  title: string;
  name: string;
  municipality?: string;
  sector?: Sector;
}

export interface SiteContent {
  /** Who runs this Routekaart (content/site.json). */
  site: Site;
  /** Per route slug, its file's versions from the repository (route-history.ts). */
  history: Record<string, RouteHistory>;
  routes: SiteRoute[];
  /** Every valid glossary entry, sorted by id. */
  glossary: GlossaryEntry[];
  /** The social map (empty without content/socialmap) and its network view, laid out by ELK. */
  socialMap: SocialMap;
  socialNetwork: NetworkLayout;
  /** The werkzame elementen, forms of cooperation and plan parts (null without content/samenwerken). */
  samenwerken: SamenwerkenContent | null;
}

export function summarize({ slug, url, route }: SiteRoute): RouteSummary {
  return {
    slug,
    url,
    kind: route.kind,
    title: route.title,
    name: route.school?.name ?? route.title,
    ...(route.school ? { municipality: route.school.municipality } : {}),
    ...(route.sector ? { sector: route.sector } : {}),
  };
}

/** Loader data of /beheer, computed at build time. */
import type { SiteContent } from '../../build/site-content.ts';
import type { PublishedRef } from '../../core/beheer/check-submission.ts';
import type { OverviewRow } from '../../core/beheer/route-overview.ts';
import { normaliseLabel } from '../../core/reading/normalise-label.ts';
import { socialMapUrl } from '../../core/socialmap/social-map-urls.ts';

export interface SchoolWithoutRoute {
  name: string;
  url: string;
}

export interface BeheerData {
  rows: OverviewRow[];
  published: PublishedRef[];
  schoolsWithoutRoute: SchoolWithoutRoute[];
  refs: { terms: string[]; organisations: string[] };
}

export function beheerData(content: SiteContent): BeheerData {
  const schoolRoutes = content.routes.filter(({ route }) => route.kind === 'school');
  // A school on the map has a route when a school route names it, or has its name.
  const named = new Set(
    schoolRoutes.flatMap(({ route }) => route.nodes.map((n) => n.organisation)),
  );
  const names = new Set(schoolRoutes.map(({ route }) => normaliseLabel(route.school?.name ?? '')));
  return {
    rows: content.routes.map(({ slug, url, route }) => ({
      slug,
      url,
      name: route.school?.name ?? route.title,
      kind: route.kind,
      verified: route.verified,
      maintainer: route.maintainer,
      ...(route.maintainerEmail !== undefined && { maintainerEmail: route.maintainerEmail }),
    })),
    published: content.routes.map(({ slug, url, route }) => ({
      slug,
      url,
      name: route.school?.name ?? route.title,
      ...(route.school && {
        school: {
          name: route.school.name,
          municipality: route.school.municipality,
          ...(route.school.brin !== undefined && { brin: route.school.brin }),
        },
      }),
    })),
    schoolsWithoutRoute: content.socialMap.organisations
      .filter(
        (organisation) =>
          organisation.kind === 'school' &&
          !named.has(organisation.id) &&
          !names.has(normaliseLabel(organisation.name)),
      )
      .map((organisation) => ({ name: organisation.name, url: socialMapUrl(organisation.id) })),
    refs: {
      terms: content.glossary.map((entry) => entry.id),
      organisations: content.socialMap.organisations.map((organisation) => organisation.id),
    },
  };
}

/**
 * The list filters of the social map: domain, area, access and age. Pure, so the list
 * shows the same with every filter in a test as in the browser.
 */
import { assertNever } from '../route/route-urls.ts';
import type { AccessKind, Domain } from './social-map-kinds.ts';
import { agesOverlap, serviceAreas } from './social-map-model.ts';
import type { Ages, Organisation, Service } from './social-map-schema.ts';

/** How a user thinks of access: the three kinds of referral are one choice in the filter. */
export const ACCESS_GROUPS = ['vrij', 'verwijzing', 'beschikking', 'tlv'] as const;
export type AccessGroup = (typeof ACCESS_GROUPS)[number];

export const ACCESS_GROUP_LABELS: Record<AccessGroup, string> = {
  vrij: 'Vrij toegankelijk',
  verwijzing: 'Met verwijzing (huisarts, jeugdarts, specialist)',
  beschikking: 'Met beschikking van de gemeente',
  tlv: 'Met toelaatbaarheidsverklaring (TLV)',
};

export function accessGroup(kind: AccessKind): AccessGroup {
  switch (kind) {
    case 'vrij-toegankelijk':
      return 'vrij';
    case 'verwijzing-huisarts':
    case 'verwijzing-jeugdarts':
    case 'verwijzing-medisch-specialist':
      return 'verwijzing';
    case 'beschikking-gemeente':
      return 'beschikking';
    case 'tlv':
      return 'tlv';
    default:
      return assertNever(kind);
  }
}

/** Age bands as parents and schools think of them, rather than a number to type. */
export const AGE_BANDS = [
  { id: '0-3', label: '0 tot 4 jaar', ages: { from: 0, to: 3 } },
  { id: '4-11', label: '4 tot 12 jaar (basisschool)', ages: { from: 4, to: 11 } },
  { id: '12-17', label: '12 tot 18 jaar (middelbare school)', ages: { from: 12, to: 17 } },
  { id: '18-27', label: '18 jaar en ouder', ages: { from: 18, to: 27 } },
] as const satisfies readonly { id: string; label: string; ages: Ages }[];
export type AgeBandId = (typeof AGE_BANDS)[number]['id'];

/** An unset field does not filter. */
export interface SocialMapFilter {
  domain?: Domain;
  area?: string;
  access?: AccessGroup;
  age?: AgeBandId;
}

export interface FilteredOrganisation {
  organisation: Organisation;
  /** The services that match the filter (all of them when nothing is set). */
  services: Service[];
}

export function serviceMatches(
  organisation: Organisation,
  service: Service,
  filter: SocialMapFilter,
): boolean {
  const band = AGE_BANDS.find((candidate) => candidate.id === filter.age);
  return (
    (filter.area === undefined || serviceAreas(organisation, service).includes(filter.area)) &&
    (filter.access === undefined ||
      service.access.some((kind) => accessGroup(kind) === filter.access)) &&
    (band === undefined || agesOverlap(service.ages, band.ages))
  );
}

export function filterOrganisations(
  organisations: readonly Organisation[],
  filter: SocialMapFilter,
): FilteredOrganisation[] {
  return filterResults(
    organisations.map((organisation) => ({ organisation, services: organisation.services })),
    filter,
  );
}

/** The filters applied to search results (or to every organisation, when nothing is searched). */
export function filterResults(
  results: readonly FilteredOrganisation[],
  filter: SocialMapFilter,
): FilteredOrganisation[] {
  return results.flatMap(({ organisation, services }) => {
    if (filter.domain !== undefined && organisation.domain !== filter.domain) return [];
    const kept = services.filter((service) => serviceMatches(organisation, service, filter));
    return kept.length > 0 ? [{ organisation, services: kept }] : [];
  });
}

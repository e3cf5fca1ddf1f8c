/**
 * Small pure questions about the social map, shared by its pages and the build.
 * Imports types only from the schema, so pages that use these never ship zod.
 */
import { isOlderThanMonths } from '../dates.ts';
import type { Ages, Organisation, Role, Service, SocialMap } from './social-map-schema.ts';

/** The rule: anything not checked in the last 12 months may be out of date. */
export const FRESH_MONTHS = 12;

export function isPossiblyOutdated(verified: string, today: string): boolean {
  return isOlderThanMonths(verified, today, FRESH_MONTHS);
}

// Re-exported: the map's pages import everything about the map from here.
export { contactCardsUrl, socialMapParentsUrl, socialMapUrl } from './social-map-urls.ts';

export function organisationById(map: SocialMap, id: string): Organisation | undefined {
  return map.organisations.find((organisation) => organisation.id === id);
}

export function roleById(map: Pick<SocialMap, 'roles'>, id: string): Role | undefined {
  return map.roles.find((role) => role.id === id);
}

/** A service works where it says, or else wherever its organisation works. */
export function serviceAreas(organisation: Organisation, service: Service): readonly string[] {
  return service.areas ?? organisation.areas;
}

/** Inclusive ranges: 4–12 and 12–18 share age 12. */
export function agesOverlap(a: Ages, b: Ages): boolean {
  return a.from <= b.to && a.to >= b.from;
}

/** "4 tot en met 12 jaar", or "vanaf 18 jaar" for an open end (99). */
export function formatAges({ from, to }: Ages): string {
  if (to >= 99) return from === 0 ? 'alle leeftijden' : `vanaf ${from} jaar`;
  return `${from} tot en met ${to} jaar`;
}

/** The organisations whose services have this role, e.g. every school for the intern begeleider. */
export function organisationsWithRole(map: SocialMap, roleId: string): Organisation[] {
  return map.organisations.filter((organisation) =>
    organisation.services.some((service) => service.role === roleId),
  );
}

/** Services anywhere on the map that this role can refer to. */
export function servicesReferredBy(
  map: SocialMap,
  roleId: string,
): { organisation: Organisation; service: Service }[] {
  return map.organisations.flatMap((organisation) =>
    organisation.services
      .filter((service) => service.referredBy?.includes(roleId))
      .map((service) => ({ organisation, service })),
  );
}

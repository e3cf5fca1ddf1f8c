/**
 * Addresses of the social map's pages. Apart from the model's questions so that a
 * route page, which only links to the map, does not ship the map's logic.
 */

export function socialMapUrl(organisationId?: string): string {
  return organisationId === undefined ? '/sociale-kaart' : `/sociale-kaart/${organisationId}`;
}

export function contactCardsUrl(routeSlug: string): string {
  return `/sociale-kaart/visitekaartjes/${routeSlug}`;
}

/** The map told to parents: its own page, so it works and can be linked without JavaScript. */
export const PARENTS_PAGE_SEGMENT = 'voor-ouders';

export function socialMapParentsUrl(): string {
  return `/sociale-kaart/${PARENTS_PAGE_SEGMENT}`;
}

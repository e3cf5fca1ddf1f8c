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

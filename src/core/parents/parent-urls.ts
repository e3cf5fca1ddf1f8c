/** Addresses of the pages for parents. */

export const PARENTS_URL = '/ouders';
export const GENERAL_CONTACTS_URL = '/ouders/wie-heb-ik-gesproken';

/** `/school/x/ouders`: the route told to parents. */
export function parentRouteUrl(routeUrl: string): string {
  return `${routeUrl}/ouders`;
}

/** `/school/x/wie-heb-ik-gesproken`: whom a parent may meet at this school. */
export function schoolContactsUrl(routeUrl: string): string {
  return `${routeUrl}/wie-heb-ik-gesproken`;
}

/** A glossary word with its meaning for parents first. */
export function parentTermUrl(term: string): string {
  return `/begrippen/${term}?voor=ouders`;
}

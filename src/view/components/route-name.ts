import type { Route } from '../../core/route/route-schema.ts';

/** "Basisschool De Regenboog: Ondersteuningsroute", or a template's own title. */
export function routeDisplayName(route: Pick<Route, 'title' | 'school'>): string {
  const name = route.school?.name;
  // Some titles already name the school ("Ondersteuningsroute De Regenboog"): say it once.
  return !name || route.title.toLowerCase().includes(name.toLowerCase())
    ? route.title
    : `${name}: ${route.title}`;
}

/** The school's name, or a template's title: short enough for lists and headings. */
export function routeShortName(route: Pick<Route, 'title' | 'school'>): string {
  return route.school?.name ?? route.title;
}

import { closestTemplate } from './closest-template.ts';
import type { Route } from '../route/route-schema.ts';

/**
 * [school, template] slug pairs: every school with the template closest to its
 * sector. These comparisons are linked from the school pages and get their own page.
 */
export function comparePairs(
  entries: readonly { slug: string; route: Pick<Route, 'kind' | 'sector'> }[],
): [string, string][] {
  return entries.flatMap(({ slug, route }) => {
    if (route.kind !== 'school') return [];
    const choice = closestTemplate(entries, route.sector);
    return choice ? [[slug, choice.template.slug] as [string, string]] : [];
  });
}

/**
 * Loader data that reading a route needs beyond the route itself. Computed in the
 * loaders, i.e. at build time while prerendering.
 */
import { closestTemplate } from '../../core/reading/closest-template.ts';
import { commonQuestions, type CommonQuestion } from '../../core/reading/common-questions.ts';
import { todayIso } from '../../core/dates.ts';
import type { Route } from '../../core/route/route-schema.ts';

export interface CompareTarget {
  slug: string;
  title: string;
  /** False when the template is of a neighbouring sector (vo for a vso school). */
  sameSector: boolean;
}

export interface ReadingData {
  /** The build date: the stale warning in the prerendered HTML is computed against it. */
  builtOn: string;
  /** The template a school's route is compared with; null for other routes or none. */
  compareWith: CompareTarget | null;
  /** Quick choices for the path finder, found at build time (no matching code in the page). */
  questions: CommonQuestion[];
}

export function readingData(
  route: Route,
  routes: readonly { slug: string; route: Route }[],
  today: string = todayIso(),
): ReadingData {
  const choice = route.kind === 'school' ? closestTemplate(routes, route.sector) : null;
  return {
    builtOn: today,
    compareWith: choice
      ? {
          slug: choice.template.slug,
          title: choice.template.route.title,
          sameSector: choice.sameSector,
        }
      : null,
    questions: commonQuestions(route),
  };
}

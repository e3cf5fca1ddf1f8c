/** Whom a reader's remark about a route goes to (computed in the loader). */
import type { Route } from '../../core/route/route-schema.ts';
import type { Site } from '../../core/site/site-schema.ts';
import type { FeedbackTarget } from './route-feedback.tsx';

/** The route's own function address when it has one, else the site's beheerder. */
export function feedbackTarget(route: Route, site: Site): FeedbackTarget {
  if (route.maintainerEmail) {
    const of = route.school ? ` van ${route.school.name}` : '';
    return {
      to: route.maintainerEmail,
      who: `de ${route.maintainer}${of} (${route.maintainerEmail})`,
    };
  }
  return {
    to: site.beheerder.email,
    who: `de beheerder van deze Routekaart, ${site.beheerder.organisation} (${site.beheerder.email})`,
  };
}

import { Link } from 'react-router';
import { textOf } from '../../core/parents/parent-text.ts';
import { parentRouteUrl } from '../../core/parents/parent-urls.ts';
import { PARENT_TEXTS as ROUTE_TEXTS } from '../../core/parents/route-texts.ts';

/** On a route page, the way to the same route told to parents. */
export function ParentRouteLink({ routeUrl }: { routeUrl: string }) {
  return (
    <p className="parent-route-link">
      <Link to={parentRouteUrl(routeUrl)}>{textOf(ROUTE_TEXTS, 'route.link')}</Link>
    </p>
  );
}

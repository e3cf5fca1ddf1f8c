import { Link } from 'react-router';
import { textOf } from '../../core/parents/parent-text.ts';
import { parentRouteUrl } from '../../core/parents/parent-urls.ts';
import { PARENT_TEXTS as LINK_TEXTS } from '../../core/parents/link-texts.ts';

/** On a route page, the way to the same route told to parents. */
export function ParentRouteLink({ routeUrl }: { routeUrl: string }) {
  return (
    <p className="parent-route-link">
      <Link to={parentRouteUrl(routeUrl)}>{textOf(LINK_TEXTS, 'route.link')}</Link>
    </p>
  );
}

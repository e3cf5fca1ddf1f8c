import type { Route } from '../../core/route/route-schema.ts';
import type { RouteLayout } from '../../layout/layout-types.ts';

/** One side of a comparison. Without a layout (fetched in the browser) the chart is the SVG file. */
export interface ComparedRoute {
  slug: string;
  url: string;
  name: string;
  route: Route;
  layout?: RouteLayout;
}

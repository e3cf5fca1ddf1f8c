/**
 * The computing half of reading a route (shortest ways, neighbourhoods), loaded only
 * when a reader asks for a way or a focus: it keeps the route page's first load light.
 */
import { neighbourhood } from '../../core/reading/neighbourhood.ts';
import type { Route } from '../../core/route/route-schema.ts';
import { makeHighlight, type ChartHighlight } from '../chart/chart-highlight.ts';

export { buildWayView } from '../path-finder/way-view.ts';

export interface FocusView {
  highlight: ChartHighlight;
  count: number;
}

export function buildFocusView(route: Route, centre: string, steps: number): FocusView {
  const around = neighbourhood(route, centre, steps);
  return {
    highlight: makeHighlight(around.nodes, around.edges, 'in de omgeving van de gekozen stap'),
    count: around.nodes.size,
  };
}

export { WayResult } from '../path-finder/way-result.tsx';

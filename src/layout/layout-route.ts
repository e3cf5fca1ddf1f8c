/**
 * Route → RouteLayout. The ELK instance is passed in, never imported, so this module runs
 * unchanged at build time in Node (elk-node.ts) and in the editor's Web Worker
 * (elkjs/lib/elk-api.js with a workerUrl), and pages that only show a route never load ELK.
 */
import type { ElkNode } from './elk-graph-types.ts';
import type { Route } from '../core/route/route-schema.ts';
import type { RouteLayout } from './layout-types.ts';
import { COMPACT_PLACEMENT_OPTIONS } from './elk-options.ts';
import { elkToLayout, routeToElkGraph } from './route-to-elk.ts';

/**
 * Part of every layout cache key. Bump it whenever the output for the same route may change:
 * ELK options, text measuring, sizes, padding, conversion, or the elkjs version.
 */
export const LAYOUT_VERSION = 'layout-7';

/** The one method of an ELK instance the layout needs (elkjs's ELK class satisfies it). */
export interface ElkLayouter {
  layout(graph: ElkNode): Promise<ElkNode>;
}

/**
 * The widest chart (chart units) whose labels still read when the whole chart is fitted in
 * the reference chart box: 896 px wide at a 1280×800 window, 12 units of margin either side,
 * label lines 18 units high, to be at least 10 px: (896 × 18 / 10) − 24 = 1,588; a little less.
 */
export const READABLE_CHART_WIDTH = 1560;

/**
 * Up to this many steps a chart wider than READABLE_CHART_WIDTH gets the compact second try.
 * Bigger routes open with the overview (groups) instead, and the compact placement grows
 * fast with size: ~0.8 s for a random 60-step route, ~3 s at 100 steps, minutes at 300.
 */
export const COMPACT_RETRY_MAX_STEPS = 50;

export async function layoutRoute(route: Route, elk: ElkLayouter): Promise<RouteLayout> {
  const first = elkToLayout(route, await elk.layout(routeToElkGraph(route)));
  if (first.width <= READABLE_CHART_WIDTH || route.nodes.length > COMPACT_RETRY_MAX_STEPS)
    return first;
  // Same layers and order; only the places across differ: keep the narrower picture.
  const compact = elkToLayout(
    route,
    await elk.layout(routeToElkGraph(route, COMPACT_PLACEMENT_OPTIONS)),
  );
  return compact.width < first.width ? compact : first;
}

/**
 * Route → RouteLayout. The ELK instance is passed in, never imported, so this module runs
 * unchanged at build time in Node (elk-node.ts) and in the editor's Web Worker
 * (elkjs/lib/elk-api.js with a workerUrl), and pages that only show a route never load ELK.
 */
import type { ElkNode } from './elk-graph-types.ts';
import type { Route } from '../core/route/route-schema.ts';
import type { RouteLayout } from './layout-types.ts';
import { elkToLayout, routeToElkGraph } from './route-to-elk.ts';

/**
 * Part of every layout cache key. Bump it whenever the output for the same route may change:
 * ELK options, text measuring, sizes, padding, conversion, or the elkjs version.
 */
export const LAYOUT_VERSION = 'layout-6';

/** The one method of an ELK instance the layout needs (elkjs's ELK class satisfies it). */
export interface ElkLayouter {
  layout(graph: ElkNode): Promise<ElkNode>;
}

export async function layoutRoute(route: Route, elk: ElkLayouter): Promise<RouteLayout> {
  const laidOut = await elk.layout(routeToElkGraph(route));
  return elkToLayout(route, laidOut);
}

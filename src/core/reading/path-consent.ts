/**
 * Whose consent a way needs, in walking order: a step that asks consent, and a
 * connection that may only be used with consent, both count.
 */
import type { RoutePath } from './route-paths.ts';
import type { Route, RouteEdge, RouteNode } from '../route/route-schema.ts';

export type ConsentPoint =
  | { at: 'node'; step: number; node: RouteNode; consent: string }
  | { at: 'edge'; step: number; edge: RouteEdge; consent: string };

/** `step` is the 1-based number of the step in the path (for an edge: the step it leaves). */
export function consentOnPath(route: Route, path: RoutePath): ConsentPoint[] {
  const nodes = new Map(route.nodes.map((node) => [node.id, node]));
  const points: ConsentPoint[] = [];
  path.nodes.forEach((id, index) => {
    const node = nodes.get(id);
    if (node?.consent) points.push({ at: 'node', step: index + 1, node, consent: node.consent });
    const edge = path.hops[index]?.edge;
    if (edge?.consent) points.push({ at: 'edge', step: index + 1, edge, consent: edge.consent });
  });
  return points;
}

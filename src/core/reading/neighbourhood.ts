/**
 * A node's neighbourhood: everything within a number of connections of it, in
 * either direction (who sends to it counts as much as whom it sends to), and the
 * connections walked to get there.
 */
import { distancesFrom } from './route-paths.ts';
import type { Route, RouteEdge } from '../route/route-schema.ts';

export interface Neighbourhood {
  nodes: Set<string>;
  edges: RouteEdge[];
}

export function neighbourhood(route: Route, centre: string, steps: number): Neighbourhood {
  const distances = distancesFrom(route, centre, 'undirected');
  const within = (id: string, limit: number) => (distances.get(id) ?? Infinity) <= limit;
  const nodes = new Set([...distances.keys()].filter((id) => within(id, steps)));
  // An edge is part of it when it is a step outwards from inside the circle, so two nodes
  // at the outer rim are not joined by a connection that lies beyond it.
  const edges = route.edges.filter(
    (edge) =>
      nodes.has(edge.from) &&
      nodes.has(edge.to) &&
      (within(edge.from, steps - 1) || within(edge.to, steps - 1)),
  );
  return { nodes, edges };
}

/**
 * Shortest ways through a route's graph, over its edges. "Shortest" counts connections,
 * not time: the route says who hands over to whom, not how long it takes. Passing
 * through a protocol (meldcode, verzuim) costs extra, because a legal sub-route is only
 * walked in its own situation: "how does the mentor reach the JGGZ?" should not be
 * answered "via the meldcode" when an ordinary way is only one connection longer.
 * Ties go to the edge listed first in the file, so the answer is stable and the author
 * decides by ordering edges.
 */
import type { Route, RouteEdge } from '../route/route-schema.ts';

/** One connection taken; `against` when it was followed against its arrow. */
export interface PathHop {
  edge: RouteEdge;
  against: boolean;
}

/** Node ids in walking order; `hops[i]` connects `nodes[i]` to `nodes[i + 1]`. */
export interface RoutePath {
  nodes: string[];
  hops: PathHop[];
}

export const PATH_MODES = ['directed', 'undirected'] as const;
export type PathMode = (typeof PATH_MODES)[number];

/** How a node was reached: from which node, by which hop. */
export interface Neighbour {
  id: string;
  hop: PathHop;
}

function neighbours(route: Route, mode: PathMode): Map<string, Neighbour[]> {
  const byNode = new Map<string, Neighbour[]>(route.nodes.map((node) => [node.id, []]));
  for (const edge of route.edges) {
    byNode.get(edge.from)?.push({ id: edge.to, hop: { edge, against: false } });
    if (mode === 'undirected')
      byNode.get(edge.to)?.push({ id: edge.from, hop: { edge, against: true } });
  }
  return byNode;
}

/** Extra cost of passing through a protocol node (see the top of this file). */
export const PROTOCOL_DETOUR = 2;

/**
 * Dijkstra from `start` (with small integer costs; plain breadth-first when unweighted):
 * for every reached node, the hop it was first reached by at the lowest cost.
 */
export function search(
  route: Route,
  start: string,
  mode: PathMode,
  weighted = true,
): Map<string, Neighbour | null> {
  const adjacency = neighbours(route, mode);
  const protocols = new Set(route.nodes.filter((n) => n.kind === 'protocol').map((n) => n.id));
  const reachedBy = new Map<string, Neighbour | null>();
  if (!adjacency.has(start)) return reachedBy;
  const cost = new Map<string, number>([[start, 0]]);
  reachedBy.set(start, null);
  const done = new Set<string>();
  // Frontier in discovery order: the earliest of the cheapest goes first, keeping file order.
  const frontier = [start];
  while (frontier.length > 0) {
    let index = 0;
    for (let i = 1; i < frontier.length; i++) {
      if (cost.get(frontier[i]!)! < cost.get(frontier[index]!)!) index = i;
    }
    const current = frontier.splice(index, 1)[0]!;
    if (done.has(current)) continue;
    done.add(current);
    const leave =
      cost.get(current)! +
      (weighted && current !== start && protocols.has(current) ? PROTOCOL_DETOUR : 0);
    for (const next of adjacency.get(current) ?? []) {
      const arrive = leave + 1;
      if (done.has(next.id) || arrive >= (cost.get(next.id) ?? Infinity)) continue;
      cost.set(next.id, arrive);
      reachedBy.set(next.id, { id: current, hop: next.hop });
      frontier.push(next.id);
    }
  }
  return reachedBy;
}

export function walkBack(
  reachedBy: Map<string, Neighbour | null>,
  target: string,
): RoutePath | null {
  if (!reachedBy.has(target)) return null;
  const nodes = [target];
  const hops: PathHop[] = [];
  for (let step = reachedBy.get(target); step; step = reachedBy.get(step.id)) {
    nodes.unshift(step.id);
    hops.unshift(step.hop);
  }
  return { nodes, hops };
}

/** The shortest path from `from` to `to`, or null. A node to itself is a path of no hops. */
export function shortestPath(
  route: Route,
  from: string,
  to: string,
  mode: PathMode = 'directed',
): RoutePath | null {
  return walkBack(search(route, from, mode), to);
}

/** Number of connections from `from` to every node it reaches. */
export function distancesFrom(route: Route, from: string, mode: PathMode): Map<string, number> {
  const reachedBy = search(route, from, mode, false);
  const distances = new Map<string, number>();
  for (const id of reachedBy.keys()) distances.set(id, walkBack(reachedBy, id)!.hops.length);
  return distances;
}

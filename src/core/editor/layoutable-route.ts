/**
 * A draft reduced to what ELK can lay out. The layout module already skips edges to
 * missing nodes, repeated edges and unknown groups; a draft may also repeat a node id or
 * point an edge at its own node, which ELK does not accept. For a valid route this returns
 * the route itself, so the editor lays it out exactly as the build does.
 */
import type { Route } from '../route/route-schema.ts';

export function layoutableRoute(route: Route): Route {
  const seen = new Set<string>();
  const nodes = route.nodes.filter((node) => {
    if (seen.has(node.id)) return false;
    seen.add(node.id);
    return true;
  });
  const edges = route.edges.filter((edge) => edge.from !== edge.to);
  if (nodes.length === route.nodes.length && edges.length === route.edges.length) return route;
  return { ...route, nodes, edges };
}

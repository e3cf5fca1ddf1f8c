/** Shared by the reading tests (issue 6): axe checks and picking test cases from the content. */
import { shortestPath } from '../../src/core/reading/route-paths.ts';
import type { Route } from '../../src/core/route/route-schema.ts';

export { expectNoSeriousAxeViolations } from './axe.ts';

/** Two nodes with a way of at least two connections between them, and the way's node ids. */
export function pairWithWay(route: Route): { from: string; to: string; nodes: string[] } {
  for (const from of route.nodes)
    for (const to of route.nodes) {
      const path = shortestPath(route, from.id, to.id);
      if (path && path.hops.length >= 2) return { from: from.id, to: to.id, nodes: path.nodes };
    }
  throw new Error('no way of two steps in this route');
}

/** Two nodes with no way along the arrows from the first to the second. */
export function pairWithoutWay(route: Route): { from: string; to: string } {
  for (const from of route.nodes)
    for (const to of route.nodes)
      if (from.id !== to.id && !shortestPath(route, from.id, to.id))
        return { from: from.id, to: to.id };
  throw new Error('every node reaches every other node');
}

export function labelOf(route: Route, id: string): string {
  return route.nodes.find((node) => node.id === id)?.label ?? id;
}

/**
 * The answer to "how do I get from a to b?": the way along the arrows, or, when there
 * is none, what comes closest (the way back, the nearest reachable node, the chain of
 * connections ignoring direction).
 */
import { search, shortestPath, walkBack, type RoutePath } from './route-paths.ts';
import type { Route } from '../route/route-schema.ts';

/** The node reachable from `from` that lies closest to `to`, and the way there. */
export interface NearestReachable {
  path: RoutePath;
  /** Connections still between the end of `path` and `to`, ignoring direction. */
  remaining: number;
}

/**
 * Where you get closest to `to` when the arrows do not lead there: among the nodes
 * reachable from `from`, the one nearest to `to` when direction is ignored (ties: the
 * one reached in fewer steps). Null when `to` is not connected to `from` at all.
 */
export function nearestReachable(route: Route, from: string, to: string): NearestReachable | null {
  const reachedBy = search(route, from, 'directed');
  // Measured along the preferred undirected way (avoiding protocols), as the connection is.
  const fromTarget = search(route, to, 'undirected');
  let best: NearestReachable | null = null;
  for (const id of reachedBy.keys()) {
    const remaining = walkBack(fromTarget, id)?.hops.length;
    if (remaining === undefined) continue;
    const path = walkBack(reachedBy, id)!;
    if (
      !best ||
      remaining < best.remaining ||
      (remaining === best.remaining && path.hops.length < best.path.hops.length)
    )
      best = { path, remaining };
  }
  return best;
}

export type WayAnswer =
  | { found: true; path: RoutePath }
  | {
      found: false;
      /** The shortest chain of connections ignoring their direction. */
      connection: RoutePath | null;
      /** The way from `to` back to `from`, if the arrows run that way. */
      reverse: RoutePath | null;
      nearest: NearestReachable | null;
    };

/** The way from `from` to `to` along the arrows, or the nearest alternatives if there is none. */
export function findWay(route: Route, from: string, to: string): WayAnswer {
  const path = shortestPath(route, from, to);
  if (path) return { found: true, path };
  return {
    found: false,
    connection: shortestPath(route, from, to, 'undirected'),
    reverse: shortestPath(route, to, from),
    nearest: nearestReachable(route, from, to),
  };
}

/** Pure edits of a route's edges, addressed by index. */
import type { Route, RouteEdge } from '../route/route-schema.ts';
import { type Patch, applyPatch, removeAt, replaceAt } from './patch.ts';

export type EdgePatch = Patch<RouteEdge>;

export function addEdge(route: Route, edge: RouteEdge): Route {
  return { ...route, edges: [...route.edges, edge] };
}

export function updateEdge(route: Route, index: number, patch: EdgePatch): Route {
  const edge = route.edges[index];
  if (!edge) return route;
  return { ...route, edges: replaceAt(route.edges, index, applyPatch(edge, patch)) };
}

export function removeEdge(route: Route, index: number): Route {
  if (!route.edges[index]) return route;
  return { ...route, edges: removeAt(route.edges, index) };
}

/** The index of an edge with the same from, to and kind (the format forbids a second one). */
export function findEdge(route: Route, edge: Pick<RouteEdge, 'from' | 'to' | 'kind'>): number {
  return route.edges.findIndex(
    (other) => other.from === edge.from && other.to === edge.to && other.kind === edge.kind,
  );
}

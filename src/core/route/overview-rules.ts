/**
 * When a route has an overview of its parts (route-overview.ts), and when it opens with it.
 * Apart from the overview itself, so route pages decide this without loading its code.
 */

/** From this many steps a route page opens with the overview instead of the whole chart. */
export const OVERVIEW_FROM_STEPS = 40;

interface RouteSize {
  nodes: readonly unknown[];
  groups?: readonly unknown[] | undefined;
}

export function hasOverview(route: RouteSize): boolean {
  return (route.groups?.length ?? 0) >= 2;
}

export function opensWithOverview(route: RouteSize): boolean {
  return hasOverview(route) && route.nodes.length >= OVERVIEW_FROM_STEPS;
}

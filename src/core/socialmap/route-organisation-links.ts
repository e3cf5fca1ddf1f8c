/**
 * Routes ↔ social map. A route node names the organisation it stands for (`organisation`,
 * route format v1); from that one field both directions are derived, so they cannot disagree.
 */
import type { Route, RouteKind } from '../route/route-schema.ts';

export interface RouteRef {
  slug: string;
  url: string;
  route: Route;
}

/** One place where an organisation appears in a route: "Zo staat deze partner in de route van …". */
export interface RouteAppearance {
  routeSlug: string;
  routeUrl: string;
  routeKind: RouteKind;
  /** The school's name, or the route's title for templates and care routes. */
  routeName: string;
  nodeId: string;
  nodeLabel: string;
  nodeDescription?: string;
  /** Deep link to the node: the route page selects it and the text version has it as anchor. */
  href: string;
}

/** Route → organisations: the nodes that stand for a social-map organisation, in file order. */
export function routePartners(route: Route): { nodeId: string; organisationId: string }[] {
  return route.nodes.flatMap((node) =>
    node.organisation === undefined ? [] : [{ nodeId: node.id, organisationId: node.organisation }],
  );
}

/** Organisation → routes: every node in every route that names this organisation. */
export function organisationAppearances(
  routes: readonly RouteRef[],
  organisationId: string,
): RouteAppearance[] {
  return routes.flatMap(({ slug, url, route }) =>
    route.nodes
      .filter((node) => node.organisation === organisationId)
      .map((node) => ({
        routeSlug: slug,
        routeUrl: url,
        routeKind: route.kind,
        routeName: route.school?.name ?? route.title,
        nodeId: node.id,
        nodeLabel: node.label,
        ...(node.description !== undefined && { nodeDescription: node.description }),
        href: `${url}#${node.id}`,
      })),
  );
}

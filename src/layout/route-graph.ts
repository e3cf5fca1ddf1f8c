/**
 * What of a route goes into the ELK graph, and under which ids. Shared by both directions
 * of the ELK conversion (route-to-elk.ts, elk-to-layout.ts).
 */
import type { Route, RouteEdge } from '../core/route/route-schema.ts';
import { edgeId } from './layout-types.ts';

/**
 * ELK needs ids unique over nodes, groups and edges together, while the format only makes
 * them unique per kind; ":" cannot occur in a route identifier, so prefixed ids never clash.
 */
export const ELK_ROOT_ID = 'route';
export const elkNodeId = (nodeId: string): string => `n:${nodeId}`;
export const elkGroupId = (groupId: string): string => `g:${groupId}`;
export const elkEdgeId = (edge: RouteEdge): string => `e:${edgeId(edge)}`;

/**
 * The ELK container of each node: its group's compound node, or the root. A group that is
 * unknown (invalid file) counts as no group, so a broken reference never breaks the layout.
 */
export function nodeContainers(route: Route): Map<string, string> {
  const groupIds = new Set((route.groups ?? []).map((group) => group.id));
  const containers = new Map<string, string>();
  for (const node of route.nodes) {
    const inGroup = node.group !== undefined && groupIds.has(node.group);
    containers.set(
      node.id,
      inGroup && node.group !== undefined ? elkGroupId(node.group) : ELK_ROOT_ID,
    );
  }
  return containers;
}

/** Edges whose ends both exist, each once: an invalid file still gets a (partial) chart. */
export function drawableEdges(route: Route): RouteEdge[] {
  const nodeIds = new Set(route.nodes.map((node) => node.id));
  const seen = new Set<string>();
  return route.edges.filter((edge) => {
    const id = edgeId(edge);
    const drawable = nodeIds.has(edge.from) && nodeIds.has(edge.to) && !seen.has(id);
    seen.add(id);
    return drawable;
  });
}

/**
 * Whether ELK places an edge's label: only the answers of a question (the ways out of a
 * decision), which a flowchart cannot do without. Other labels are shown
 * on demand next to their edge, and the text route and the details always give them.
 */
export function placedLabel(route: Route): (edge: RouteEdge) => boolean {
  const kinds = new Map(route.nodes.map((node) => [node.id, node.kind]));
  return (edge) => {
    const answer = kinds.get(edge.from) === 'decision';
    return answer && edge.label !== undefined && edge.label.trim() !== '';
  };
}

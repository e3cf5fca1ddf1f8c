/** How items are named in lists, questions and messages. */
import { EDGE_KIND_VERBS, NODE_KIND_LABELS } from '../../core/route/route-model.ts';
import type { Route, RouteEdge, RouteNode } from '../../core/route/route-schema.ts';

export function nodeName(node: RouteNode): string {
  return node.label.trim() || `(zonder naam: ${node.id})`;
}

export function nodeOptionLabel(node: RouteNode): string {
  return `${nodeName(node)} — ${NODE_KIND_LABELS[node.kind]}`;
}

export function edgeName(route: Route, edge: RouteEdge): string {
  const label = (id: string) => {
    const node = route.nodes.find((candidate) => candidate.id === id);
    return node ? nodeName(node) : `"${id}" (bestaat niet)`;
  };
  const sentence = `${label(edge.from)} ${EDGE_KIND_VERBS[edge.kind]} ${label(edge.to)}`;
  return edge.label ? `${sentence} (${edge.label})` : sentence;
}

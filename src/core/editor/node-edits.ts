/** Pure edits of a route's nodes. Nodes are addressed by index: a draft may hold duplicate ids. */
import type { NodeKind, Route, RouteNode } from '../route/route-schema.ts';
import { slugify, uniqueId } from './new-ids.ts';
import { type Patch, applyPatch, removeAt, replaceAt } from './patch.ts';

/** Every field but the id: ids change only through id-change.ts, as one whole edit. */
export type NodePatch = Patch<Omit<RouteNode, 'id'>>;

export interface NewNodeFields {
  kind: NodeKind;
  label: string;
  group?: string | undefined;
}

/** A node with an id made from its label, unique in the route. */
export function newNode(route: Route, { kind, label, group }: NewNodeFields): RouteNode {
  const id = uniqueId(
    slugify(label),
    route.nodes.map((node) => node.id),
  );
  return { id, kind, label, ...(group ? { group } : {}) };
}

export function addNode(route: Route, node: RouteNode): Route {
  return { ...route, nodes: [...route.nodes, node] };
}

/** Changes fields of one node (not its id: see id-change.ts). */
export function updateNode(route: Route, index: number, patch: NodePatch): Route {
  const node = route.nodes[index];
  if (!node) return route;
  return { ...route, nodes: replaceAt(route.nodes, index, applyPatch<RouteNode>(node, patch)) };
}

/** Removes a node and every edge to or from it (the editor asks first). */
export function removeNode(route: Route, index: number): Route {
  const node = route.nodes[index];
  if (!node) return route;
  const nodes = removeAt(route.nodes, index);
  if (nodes.some((other) => other.id === node.id)) return { ...route, nodes };
  const edges = route.edges.filter((edge) => edge.from !== node.id && edge.to !== node.id);
  return { ...route, nodes, edges };
}

/** The edges a removal of this node would take with it, for the confirmation question. */
export function edgesOfNode(route: Route, index: number): number[] {
  const id = route.nodes[index]?.id;
  return route.edges.flatMap((edge, at) => (edge.from === id || edge.to === id ? [at] : []));
}

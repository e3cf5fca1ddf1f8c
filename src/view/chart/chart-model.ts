/**
 * Joins the layout (where things are) with the route (what they are): each laid-out
 * node gets its kind and full label, each edge its kind and a readable sentence.
 * Pure, so the interactive chart and a later standalone SVG export draw the same thing.
 */
import type { EdgeKind, NodeKind, Route } from '../../core/route/route-schema.ts';
import { EDGE_KINDS } from '../../core/route/route-kinds.ts';
import {
  edgeId,
  type LaidOutEdge,
  type LaidOutNode,
  type RouteLayout,
} from '../../layout/layout-types.ts';
import { edgeKindStyle } from './edge-kind-style.ts';

export interface ChartNodeModel {
  node: LaidOutNode;
  kind: NodeKind;
  label: string;
}

export interface ChartEdgeModel {
  edge: LaidOutEdge;
  kind: EdgeKind;
  title: string;
}

export interface ChartModel {
  nodes: ChartNodeModel[];
  edges: ChartEdgeModel[];
}

/** The kind from the edge id (`from->to:kind`), for an edge the route no longer has. */
function kindFromId(id: string): EdgeKind {
  const suffix = id.slice(id.lastIndexOf(':') + 1);
  return EDGE_KINDS.find((kind) => kind === suffix) ?? 'refers';
}

export function buildChartModel(route: Route, layout: RouteLayout): ChartModel {
  const routeNodes = new Map(route.nodes.map((node) => [node.id, node]));
  const routeEdges = new Map(route.edges.map((edge) => [edgeId(edge), edge]));
  const labelOf = (id: string) => routeNodes.get(id)?.label ?? id;

  const nodes = layout.nodes.map((node) => {
    const source = routeNodes.get(node.id);
    // A layout out of step with its route should still draw, never crash the page.
    return { node, kind: source?.kind ?? 'step', label: source?.label ?? node.lines.join(' ') };
  });

  const edges = layout.edges.map((edge) => {
    const source = routeEdges.get(edge.id);
    const kind = source?.kind ?? kindFromId(edge.id);
    const sentence = `${labelOf(edge.from)} ${edgeKindStyle(kind).name} ${labelOf(edge.to)}`;
    return { edge, kind, title: source?.label ? `${sentence}: ${source.label}` : sentence };
  });

  return { nodes, edges };
}

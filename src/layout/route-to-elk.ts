/**
 * Route → ELK graph (input side of the layout). Pure: no elkjs runtime, no DOM.
 * The way back (ELK's answer → absolute coordinates) is in elk-to-layout.ts.
 *
 * Only the main flow is laid out (route-flow.ts): relations around it (advice, feedback,
 * taking part) would otherwise pull boxes apart and cross the flow; they are drawn on
 * demand. The graph is flat: groups become bands of layers (ELK partitions) rather than
 * compound boxes, so groups never push each other apart and the chart stays compact.
 */
import type { ElkExtendedEdge, ElkNode, LayoutOptions } from './elk-graph-types.ts';
import type { Route, RouteEdge, RouteNode } from '../core/route/route-schema.ts';
import { layoutEdges, nodeBands } from '../core/route/route-flow.ts';
import { drawableEdges, ELK_ROOT_ID, elkEdgeId, elkNodeId, placedLabel } from './route-graph.ts';
import { EDGE_LABEL_OPTIONS, ROOT_LAYOUT_OPTIONS } from './elk-options.ts';
import { edgeLabelSize, nodeSize } from './measure.ts';

export { elkToLayout } from './elk-to-layout.ts';

function toElkNode(node: RouteNode, band: number): ElkNode {
  const { width, height } = nodeSize(node);
  return {
    id: elkNodeId(node.id),
    width,
    height,
    layoutOptions: { 'elk.partitioning.partition': String(band) },
  };
}

function toElkEdge(edge: RouteEdge, withLabel: boolean): ElkExtendedEdge {
  const elkEdge: ElkExtendedEdge = {
    id: elkEdgeId(edge),
    sources: [elkNodeId(edge.from)],
    targets: [elkNodeId(edge.to)],
  };
  if (withLabel && edge.label !== undefined) {
    const { width, height } = edgeLabelSize(edge.label);
    elkEdge.labels = [{ text: edge.label, width, height, layoutOptions: EDGE_LABEL_OPTIONS }];
  }
  return elkEdge;
}

/**
 * The ELK graph for a route: flow edges only, nodes in file order, groups as partitions.
 * `options` replace root options (layout-route.ts's second try with another placement).
 */
export function routeToElkGraph(route: Route, options: LayoutOptions = {}): ElkNode {
  const edges = drawableEdges(route);
  const bands = nodeBands({ ...route, edges });
  const labelled = placedLabel(route);
  return {
    id: ELK_ROOT_ID,
    layoutOptions: { ...ROOT_LAYOUT_OPTIONS, ...options },
    children: route.nodes.map((node) => toElkNode(node, bands.get(node.id) ?? 0)),
    edges: layoutEdges({ nodes: route.nodes, edges }).map((edge) =>
      toElkEdge(edge, labelled(edge)),
    ),
  };
}

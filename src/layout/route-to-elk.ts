/**
 * Route → ELK graph (input side of the layout). Pure: no elkjs runtime, no DOM.
 * The way back (ELK's answer → absolute coordinates) is in elk-to-layout.ts.
 */
import type { ElkExtendedEdge, ElkNode, LayoutOptions } from './elk-graph-types.ts';
import type { Route, RouteEdge, RouteNode } from '../core/route/route-schema.ts';
import { drawableEdges, ELK_ROOT_ID, elkEdgeId, elkNodeId, nodeContainers } from './route-graph.ts';
import { EDGE_LABEL_OPTIONS, ROOT_LAYOUT_OPTIONS, SPACING_OPTIONS } from './elk-options.ts';
import {
  edgeLabelSize,
  GROUP_LABEL_GAP,
  GROUP_PADDING,
  groupLabelSize,
  nodeSize,
} from './measure.ts';

export { elkToLayout } from './elk-to-layout.ts';

function toElkNode(node: RouteNode): ElkNode {
  const { width, height } = nodeSize(node);
  return { id: elkNodeId(node.id), width, height };
}

function toElkEdge(edge: RouteEdge): ElkExtendedEdge {
  const elkEdge: ElkExtendedEdge = {
    id: elkEdgeId(edge),
    sources: [elkNodeId(edge.from)],
    targets: [elkNodeId(edge.to)],
  };
  if (edge.label !== undefined && edge.label.trim() !== '') {
    const { width, height } = edgeLabelSize(edge.label);
    elkEdge.labels = [{ text: edge.label, width, height, layoutOptions: EDGE_LABEL_OPTIONS }];
  }
  return elkEdge;
}

function groupLayoutOptions(label: string): LayoutOptions {
  const size = groupLabelSize(label);
  const top = GROUP_PADDING + size.height + GROUP_LABEL_GAP;
  const minWidth = size.width + 2 * GROUP_PADDING;
  return {
    ...SPACING_OPTIONS,
    'elk.padding': `[top=${top},left=${GROUP_PADDING},bottom=${GROUP_PADDING},right=${GROUP_PADDING}]`,
    // The group must be wide enough for its label. elkjs 0.12 applies a compound node's
    // minimum size before rotating the layered result to DOWN, so (x, y) must be given
    // swapped here; a test checks the group is wide enough, so an ELK fix will be noticed.
    'elk.nodeSize.constraints': 'MINIMUM_SIZE',
    'elk.nodeSize.minimum': `(${top + GROUP_PADDING}, ${minWidth})`,
  };
}

/** The ELK graph for a route: groups become compound nodes; file order is kept everywhere. */
export function routeToElkGraph(route: Route): ElkNode {
  const containers = nodeContainers(route);
  const root: ElkNode = {
    id: ELK_ROOT_ID,
    layoutOptions: ROOT_LAYOUT_OPTIONS,
    children: [],
    edges: [],
  };
  const byId = new Map<string, ElkNode>([[ELK_ROOT_ID, root]]);
  const groupsById = new Map((route.groups ?? []).map((group) => [group.id, group]));

  // Root children in file order of nodes; a group stands where its first node stands.
  for (const node of route.nodes) {
    const containerId = containers.get(node.id) ?? ELK_ROOT_ID;
    let container = byId.get(containerId);
    if (container === undefined) {
      const group = node.group === undefined ? undefined : groupsById.get(node.group);
      container = {
        id: containerId,
        layoutOptions: groupLayoutOptions(group?.label ?? ''),
        children: [],
        edges: [],
      };
      byId.set(containerId, container);
      root.children?.push(container);
    }
    container.children?.push(toElkNode(node));
  }

  // Declare each edge in its lowest common container (which ELK also reports back as the
  // edge's `container`): inside a group if both ends are in it, otherwise at the root.
  for (const edge of drawableEdges(route)) {
    const from = containers.get(edge.from);
    const containerId = from === containers.get(edge.to) ? (from ?? ELK_ROOT_ID) : ELK_ROOT_ID;
    (byId.get(containerId) ?? root).edges?.push(toElkEdge(edge));
  }
  return root;
}

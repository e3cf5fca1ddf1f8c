/**
 * Route + ELK layout → React Flow nodes and edges. Positions come only from the layout:
 * nodes cannot be dragged, so the chart in the editor is the chart the route page shows.
 * Every node has its size and handles up front, so React Flow draws without measuring.
 */
import { type Edge, type Node, Position } from '@xyflow/react';
import { NODE_KIND_LABELS } from '../../../core/route/route-model.ts';
import type { Route } from '../../../core/route/route-schema.ts';
import type { EdgeKind, NodeKind } from '../../../core/route/route-schema.ts';
import type {
  LaidOutEdge,
  LaidOutGroup,
  LaidOutNode,
  RouteLayout,
} from '../../../layout/layout-types.ts';
import { buildChartModel } from '../../chart/chart-model.ts';
import { badgedName } from '../../chart/node-badge.tsx';

// Type aliases, not interfaces: React Flow wants data assignable to Record<string, unknown>.
type RouteNodeData = { node: LaidOutNode; kind: NodeKind; label: string; index: number };
type RouteEdgeData = { edge: LaidOutEdge; kind: EdgeKind; title: string; index: number };
export type RouteFlowNode = Node<RouteNodeData, 'routeNode'>;
export type GroupFlowNode = Node<{ group: LaidOutGroup }, 'routeGroup'>;
export type RouteFlowEdge = Edge<RouteEdgeData, 'routeEdge'>;

const HANDLE = 10;
/** Group ids get a prefix: ":" never occurs in a route id, so they cannot clash with nodes. */
export const groupNodeId = (id: string) => `groep:${id}`;

/** What is selected, by id: the flow is built from the laid-out route, whose indexes may lag. */
export interface FlowSelection {
  nodeId?: string | undefined;
  edgeId?: string | undefined;
}

export function buildFlow(route: Route, layout: RouteLayout, selection: FlowSelection) {
  const model = buildChartModel(route, layout);
  const nodeIndex = new Map<string, number>();
  route.nodes.forEach((node, index) => {
    if (!nodeIndex.has(node.id)) nodeIndex.set(node.id, index);
  });
  const edgeIndex = new Map(
    route.edges.map((edge, index) => [`${edge.from}->${edge.to}:${edge.kind}`, index]),
  );

  const groups: GroupFlowNode[] = layout.groups.map((group) => ({
    id: groupNodeId(group.id),
    type: 'routeGroup',
    position: { x: group.x, y: group.y },
    width: group.width,
    height: group.height,
    data: { group },
    selectable: false,
    focusable: false,
    connectable: false,
    zIndex: -1,
    domAttributes: { 'aria-hidden': true },
  }));

  const nodes: RouteFlowNode[] = model.nodes.map((item) => {
    const { node } = item;
    return {
      id: node.id,
      type: 'routeNode',
      position: { x: node.x, y: node.y },
      width: node.width,
      height: node.height,
      data: { ...item, index: nodeIndex.get(node.id) ?? -1 },
      selected: node.id === selection.nodeId,
      ariaLabel: badgedName(NODE_KIND_LABELS[item.kind], item.label),
      handles: [
        {
          id: 'in',
          type: 'target',
          position: Position.Top,
          x: node.width / 2 - HANDLE / 2,
          y: -HANDLE / 2,
          width: HANDLE,
          height: HANDLE,
        },
        {
          id: 'uit',
          type: 'source',
          position: Position.Bottom,
          x: node.width / 2 - HANDLE / 2,
          y: node.height - HANDLE / 2,
          width: HANDLE,
          height: HANDLE,
        },
      ],
    };
  });

  const edges: RouteFlowEdge[] = model.edges.map((item) => {
    const index = edgeIndex.get(item.edge.id) ?? -1;
    // As on the route page: advice, feedback and taking part show with their step or when
    // chosen, so the main flow stays readable; the panels list every connection.
    const touched =
      item.edge.id === selection.edgeId ||
      item.edge.from === selection.nodeId ||
      item.edge.to === selection.nodeId;
    return {
      hidden: item.edge.onDemand === true && !touched,
      id: item.edge.id,
      type: 'routeEdge',
      source: item.edge.from,
      target: item.edge.to,
      sourceHandle: 'uit',
      targetHandle: 'in',
      data: { ...item, index },
      selected: item.edge.id === selection.edgeId,
      focusable: false,
      ariaLabel: item.title,
    };
  });

  return { nodes: [...groups, ...nodes], edges };
}

/** Everything of a flow item that shows; equal signatures mean nothing to redraw. */
export function nodeSignature(item: RouteFlowNode | GroupFlowNode): string {
  return JSON.stringify([item.position, item.width, item.height, item.selected, item.data]);
}

export function edgeSignature(item: RouteFlowEdge): string {
  return JSON.stringify([item.selected, item.data]);
}

/**
 * ELK's answer → RouteLayout in absolute chart coordinates.
 *
 * ELK's JSON coordinates are relative, in two different ways:
 * - a node's x/y is relative to its parent node (a group's children to the group's corner);
 * - an edge's section points and label x/y are relative to the edge's `container`, the node
 *   ELK reports on the edge after layout. That is the lowest common ancestor of both ends,
 *   NOT necessarily where the edge was declared (an edge declared at the root between two
 *   nodes of one group comes back with `container` = the group).
 */
import type { ElkEdgeSection, ElkExtendedEdge, ElkNode, ElkShape } from './elk-graph-types.ts';
import type { Route } from '../core/route/route-schema.ts';
import type { LaidOutEdge, LaidOutGroup, LaidOutNode, Point, RouteLayout } from './layout-types.ts';
import { edgeId } from './layout-types.ts';
import { edgeLabelSize, groupLabelSize, nodeSize } from './measure.ts';
import { drawableEdges, ELK_ROOT_ID, elkEdgeId, elkGroupId, elkNodeId } from './route-graph.ts';

/** Output is rounded so it is stable across engines and small in the page. */
const round = (value: number): number => Math.round(value * 10) / 10;

interface Placed {
  node: ElkNode;
  /** Absolute position of the node's top-left corner. */
  origin: Point;
}

interface DeclaredEdge {
  edge: ElkExtendedEdge;
  /** Id of the node whose `edges` list held the edge; fallback if ELK reports no container. */
  declaredIn: string;
}

/** Walks the ELK tree once, turning relative node positions into absolute ones. */
function collect(root: ElkNode): { placed: Map<string, Placed>; edges: Map<string, DeclaredEdge> } {
  const placed = new Map<string, Placed>([[root.id, { node: root, origin: { x: 0, y: 0 } }]]);
  const edges = new Map<string, DeclaredEdge>();
  const visit = (parent: ElkNode, origin: Point): void => {
    for (const edge of parent.edges ?? []) edges.set(edge.id, { edge, declaredIn: parent.id });
    for (const child of parent.children ?? []) {
      const childOrigin = { x: origin.x + (child.x ?? 0), y: origin.y + (child.y ?? 0) };
      placed.set(child.id, { node: child, origin: childOrigin });
      visit(child, childOrigin);
    }
  };
  visit(root, { x: 0, y: 0 });
  return { placed, edges };
}

function sectionPoints(section: ElkEdgeSection): Point[] {
  return [section.startPoint, ...(section.bendPoints ?? []), section.endPoint];
}

/** Start, bends, end in absolute coordinates; repeated points (e.g. section joins) dropped. */
function edgePoints(sections: ElkEdgeSection[], offset: Point): Point[] {
  const points: Point[] = [];
  for (const point of sections.flatMap(sectionPoints)) {
    const absolute = { x: round(point.x + offset.x), y: round(point.y + offset.y) };
    const last = points.at(-1);
    if (last === undefined || last.x !== absolute.x || last.y !== absolute.y) points.push(absolute);
  }
  return points;
}

function box(
  origin: Point,
  node: ElkShape,
): { x: number; y: number; width: number; height: number } {
  return {
    x: round(origin.x),
    y: round(origin.y),
    width: round(node.width ?? 0),
    height: round(node.height ?? 0),
  };
}

export function elkToLayout(route: Route, laidOut: ElkNode): RouteLayout {
  const { placed, edges: elkEdges } = collect(laidOut);

  const nodes: LaidOutNode[] = [];
  for (const node of route.nodes) {
    const found = placed.get(elkNodeId(node.id));
    if (found !== undefined)
      nodes.push({ id: node.id, ...box(found.origin, found.node), lines: nodeSize(node).lines });
  }

  const groups: LaidOutGroup[] = [];
  for (const group of route.groups ?? []) {
    const found = placed.get(elkGroupId(group.id));
    if (found !== undefined)
      groups.push({
        id: group.id,
        ...box(found.origin, found.node),
        lines: groupLabelSize(group.label).lines,
      });
  }

  const edges: LaidOutEdge[] = [];
  for (const edge of drawableEdges(route)) {
    const found = elkEdges.get(elkEdgeId(edge));
    if (found === undefined) continue;
    const container =
      placed.get(found.edge.container ?? found.declaredIn) ?? placed.get(ELK_ROOT_ID);
    const offset = container?.origin ?? { x: 0, y: 0 };
    const laidOutEdge: LaidOutEdge = {
      id: edgeId(edge),
      from: edge.from,
      to: edge.to,
      points: edgePoints(found.edge.sections ?? [], offset),
    };
    const label = found.edge.labels?.[0];
    if (label !== undefined && edge.label !== undefined) {
      const origin = { x: offset.x + (label.x ?? 0), y: offset.y + (label.y ?? 0) };
      laidOutEdge.label = { ...box(origin, label), lines: edgeLabelSize(edge.label).lines };
    }
    edges.push(laidOutEdge);
  }

  return {
    width: round(laidOut.width ?? 0),
    height: round(laidOut.height ?? 0),
    nodes,
    groups,
    edges,
  };
}

/**
 * ELK's answer → RouteLayout in absolute chart coordinates. The graph is flat (route-to-elk.ts),
 * so every position ELK reports is already relative to the chart's corner. Then: edges ELK did
 * not lay out get straight connectors, labels ELK did not place get a box beside their line,
 * and groups become bands (band-spacing.ts).
 */
import type { ElkEdgeSection, ElkNode } from './elk-graph-types.ts';
import type { Route } from '../core/route/route-schema.ts';
import { groupBands, layoutEdges, nodeBands } from '../core/route/route-flow.ts';
import type { LaidOutEdge, LaidOutNode, Point, RouteLayout } from './layout-types.ts';
import { edgeId } from './layout-types.ts';
import { addBands } from './band-spacing.ts';
import { connector, labelBeside } from './connector.ts';
import { edgeLabelSize, nodeSize } from './measure.ts';
import { drawableEdges, elkEdgeId, elkNodeId } from './route-graph.ts';

/** Output is rounded so it is stable across engines and small in the page. */
const round = (value: number): number => Math.round(value * 10) / 10;

function sectionPoints(section: ElkEdgeSection): Point[] {
  return [section.startPoint, ...(section.bendPoints ?? []), section.endPoint];
}

/** Start, bends, end; repeated points (e.g. section joins) dropped. */
function edgePoints(sections: readonly ElkEdgeSection[]): Point[] {
  const points: Point[] = [];
  for (const point of sections.flatMap(sectionPoints)) {
    const rounded = { x: round(point.x), y: round(point.y) };
    const last = points.at(-1);
    if (last === undefined || last.x !== rounded.x || last.y !== rounded.y) points.push(rounded);
  }
  return points;
}

function laidOutNodes(route: Route, laidOut: ElkNode): LaidOutNode[] {
  const byId = new Map((laidOut.children ?? []).map((child) => [child.id, child]));
  return route.nodes.flatMap((node) => {
    const found = byId.get(elkNodeId(node.id));
    if (found === undefined) return [];
    const box = {
      x: round(found.x ?? 0),
      y: round(found.y ?? 0),
      width: round(found.width ?? 0),
      height: round(found.height ?? 0),
    };
    return [{ id: node.id, ...box, lines: nodeSize(node).lines }];
  });
}

export function elkToLayout(route: Route, laidOut: ElkNode): RouteLayout {
  const nodes = laidOutNodes(route, laidOut);
  const boxes = new Map(nodes.map((node) => [node.id, node]));
  const elkEdges = new Map((laidOut.edges ?? []).map((edge) => [edge.id, edge]));
  const drawable = drawableEdges(route);
  const routed = new Set(layoutEdges({ nodes: route.nodes, edges: drawable }).map(edgeId));

  const edges: LaidOutEdge[] = [];
  for (const edge of drawable) {
    const found = routed.has(edgeId(edge)) ? elkEdges.get(elkEdgeId(edge)) : undefined;
    const from = boxes.get(edge.from);
    const to = boxes.get(edge.to);
    if (from === undefined || to === undefined) continue;
    const points = found?.sections ? edgePoints(found.sections) : connector(from, to);
    const laidOutEdge: LaidOutEdge = { id: edgeId(edge), from: edge.from, to: edge.to, points };
    if (found === undefined) laidOutEdge.onDemand = true;
    if (edge.label !== undefined && edge.label.trim() !== '') {
      const size = edgeLabelSize(edge.label);
      const placed = found?.labels?.[0];
      laidOutEdge.label = placed
        ? {
            x: round(placed.x ?? 0),
            y: round(placed.y ?? 0),
            width: size.width,
            height: size.height,
            lines: size.lines,
          }
        : labelBeside(points, size);
    }
    edges.push(laidOutEdge);
  }

  const groupsById = new Map((route.groups ?? []).map((group) => [group.id, group]));
  const bands = nodeBands({ ...route, edges: drawable });
  const bandOfGroup = groupBands({ ...route, edges: drawable });
  const banded = addBands({
    width: round(laidOut.width ?? 0),
    height: round(laidOut.height ?? 0),
    nodes,
    edges,
    bands,
    groups: [...groupsById.values()].map((group) => ({
      id: group.id,
      label: group.label,
      band: bandOfGroup.get(group.id) ?? -1,
    })),
  });
  // On-demand connectors are straight: draw them between the moved boxes, not moved lines.
  const moved = new Map(banded.nodes.map((node) => [node.id, node]));
  const finalEdges = banded.edges.map((edge) => {
    const from = moved.get(edge.from);
    const to = moved.get(edge.to);
    if (!edge.onDemand || from === undefined || to === undefined) return edge;
    const points = connector(from, to);
    const label = edge.label ? { label: labelBeside(points, edge.label) } : {};
    return { ...edge, points, ...label };
  });
  return {
    width: round(banded.width),
    height: round(banded.height),
    nodes: banded.nodes,
    groups: banded.groups,
    edges: finalEdges,
  };
}

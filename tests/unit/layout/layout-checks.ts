/**
 * Geometric checks of a RouteLayout. Each returns readable problem strings (empty = fine),
 * so a failing test says which node or edge is wrong instead of "expected false to be true".
 */
import type { Route } from '../../../src/core/route/route-schema.ts';
import type { Box, Point, RouteLayout } from '../../../src/layout/layout-types.ts';
import { boxesOverlap, boxInside, EPSILON, onBorder, show } from './box-geometry.ts';
import { edgeId } from '../../../src/layout/layout-types.ts';
import {
  BAND_LABEL_GAP,
  BAND_LABEL_INSET,
  GROUP_PADDING,
  groupLabelSize,
} from '../../../src/layout/measure.ts';

function nodeProblems(route: Route, layout: RouteLayout): string[] {
  const problems: string[] = [];
  const laidOut = new Map(layout.nodes.map((node) => [node.id, node]));
  const groups = new Map(layout.groups.map((group) => [group.id, group]));
  for (const node of route.nodes)
    if (!laidOut.has(node.id)) problems.push(`node ${node.id} is missing`);
  layout.nodes.forEach((a, index) => {
    for (const b of layout.nodes.slice(index + 1))
      if (boxesOverlap(a, b))
        problems.push(`nodes ${a.id} ${show(a)} and ${b.id} ${show(b)} overlap`);
  });
  for (const node of route.nodes) {
    const box = laidOut.get(node.id);
    if (box === undefined) continue;
    const group = node.group === undefined ? undefined : groups.get(node.group);
    if (node.group !== undefined && group === undefined)
      problems.push(`group ${node.group} of ${node.id} is missing`);
    if (group !== undefined && !boxInside(box, group))
      problems.push(`node ${node.id} ${show(box)} is outside group ${group.id} ${show(group)}`);
    for (const other of layout.groups) {
      if (other.id !== node.group && boxesOverlap(box, other))
        problems.push(`node ${node.id} overlaps foreign group ${other.id}`);
    }
  }
  return problems;
}

function groupProblems(route: Route, layout: RouteLayout): string[] {
  const problems: string[] = [];
  layout.groups.forEach((a, index) => {
    for (const b of layout.groups.slice(index + 1))
      if (boxesOverlap(a, b)) problems.push(`groups ${a.id} and ${b.id} overlap`);
  });
  for (const group of layout.groups) {
    const label = groupLabelSize(
      route.groups?.find((candidate) => candidate.id === group.id)?.label ?? '',
    );
    if (group.width + EPSILON < label.width + 2 * GROUP_PADDING)
      problems.push(
        `group ${group.id} (${group.width} wide) is narrower than its label (${label.width})`,
      );
    const labelBottom = group.y + BAND_LABEL_INSET + label.height + BAND_LABEL_GAP;
    const members = route.nodes
      .filter((node) => node.group === group.id)
      .map((node) => layout.nodes.find((box) => box.id === node.id));
    for (const member of members) {
      if (member !== undefined && member.y + EPSILON < labelBottom)
        problems.push(`node ${member.id} covers the label of group ${group.id}`);
    }
  }
  return problems;
}

function edgeProblems(route: Route, layout: RouteLayout): string[] {
  const problems: string[] = [];
  const nodes = new Map(layout.nodes.map((node) => [node.id, node]));
  const edges = new Map(layout.edges.map((edge) => [edge.id, edge]));
  for (const routeEdge of route.edges) {
    const id = edgeId(routeEdge);
    const edge = edges.get(id);
    const from = nodes.get(routeEdge.from);
    const to = nodes.get(routeEdge.to);
    if (edge === undefined || from === undefined || to === undefined) {
      problems.push(`edge ${id} is missing`);
      continue;
    }
    const first = edge.points[0];
    const last = edge.points.at(-1);
    if (edge.points.length < 2 || first === undefined || last === undefined) {
      problems.push(`edge ${id} has ${edge.points.length} points`);
      continue;
    }
    if (!onBorder(first, from))
      problems.push(
        `edge ${id} starts at (${first.x}, ${first.y}), not on ${routeEdge.from} ${show(from)}`,
      );
    if (!onBorder(last, to))
      problems.push(
        `edge ${id} ends at (${last.x}, ${last.y}), not on ${routeEdge.to} ${show(to)}`,
      );
    // Relations drawn on demand are straight connectors: only the main flow is orthogonal.
    edge.points.slice(1).forEach((point, index) => {
      if (edge.onDemand) return;
      const previous = edge.points[index] as Point;
      const axisAligned =
        Math.abs(point.x - previous.x) <= EPSILON || Math.abs(point.y - previous.y) <= EPSILON;
      if (!axisAligned)
        problems.push(
          `edge ${id} has a diagonal segment (${previous.x}, ${previous.y}) → (${point.x}, ${point.y})`,
        );
    });
    const wantsLabel = routeEdge.label !== undefined && routeEdge.label.trim() !== '';
    if (
      wantsLabel &&
      (edge.label === undefined ||
        edge.label.width <= 0 ||
        edge.label.height <= 0 ||
        edge.label.lines.length === 0)
    ) {
      problems.push(`edge ${id} has no label box`);
    }
    // On-demand labels are drawn only with their edge brought forward; ELK places the rest.
    const placedLabel = edge.label?.onDemand ? undefined : edge.label;
    for (const node of placedLabel === undefined ? [] : layout.nodes) {
      if (edge.label !== undefined && boxesOverlap(edge.label, node))
        problems.push(`label of edge ${id} overlaps node ${node.id}`);
    }
  }
  return problems;
}

function boundsProblems(layout: RouteLayout): string[] {
  const chart = { x: 0, y: 0, width: layout.width, height: layout.height };
  const boxes: Array<Box & { id: string }> = [...layout.nodes, ...layout.groups];
  const outside = boxes
    .filter((box) => !boxInside(box, chart))
    .map((box) => `${box.id} lies outside the chart`);
  const strayPoints = layout.edges
    .filter((edge) =>
      edge.points.some((point) => !boxInside({ ...point, width: 0, height: 0 }, chart)),
    )
    .map((edge) => `edge ${edge.id} leaves the chart`);
  return [...outside, ...strayPoints];
}

/** Everything the chart drawing relies on; [] when the layout is sound. */
export function layoutProblems(route: Route, layout: RouteLayout): string[] {
  return [
    ...nodeProblems(route, layout),
    ...groupProblems(route, layout),
    ...edgeProblems(route, layout),
    ...boundsProblems(layout),
  ];
}

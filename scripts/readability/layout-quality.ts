/**
 * Layout quality of one laid-out route, as the readability bench reports it: crossings,
 * edge length and bends of the drawn edges, and how much room the chart takes per step.
 */
import type { Point } from '../../src/layout/layout-types.ts';
import { bendCount, crossingCount, polylineLength } from './polyline-geometry.ts';

/**
 * The part of a RouteLayout this needs. Edges without points, and edges drawn only on demand
 * (straight connectors for advice, feedback and taking part, shown for a chosen step), are
 * counted as connections but not measured: the figures describe the picture a reader first sees.
 */
export interface MeasurableLayout {
  width: number;
  height: number;
  nodes: readonly unknown[];
  edges: readonly { points?: readonly Point[]; onDemand?: boolean }[];
}

export interface LayoutQuality {
  steps: number;
  edges: number;
  /** Edges always drawn as a polyline: the only ones the figures below count. */
  routedEdges: number;
  crossings: number;
  /** Sum of the drawn edges' lengths, chart units (px at zoom 1). */
  edgeLength: number;
  bends: number;
  width: number;
  height: number;
  /** width × height / steps, square chart units. */
  areaPerStep: number;
}

export function layoutQuality(layout: MeasurableLayout): LayoutQuality {
  const polylines = layout.edges
    .filter((edge) => edge.onDemand !== true)
    .map((edge) => edge.points)
    .filter((points): points is readonly Point[] => points !== undefined && points.length >= 2);
  const steps = layout.nodes.length;
  return {
    steps,
    edges: layout.edges.length,
    routedEdges: polylines.length,
    crossings: crossingCount(polylines),
    edgeLength: polylines.reduce((sum, points) => sum + polylineLength(points), 0),
    bends: polylines.reduce((sum, points) => sum + bendCount(points), 0),
    width: layout.width,
    height: layout.height,
    areaPerStep: steps === 0 ? 0 : (layout.width * layout.height) / steps,
  };
}

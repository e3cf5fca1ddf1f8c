/**
 * Geometry for drawing edges as plain polylines with explicit arrowhead polygons.
 * No SVG <marker>s: they need document-unique ids and behave differently per renderer;
 * a polygon is the same everywhere, including in a standalone SVG file.
 */
import type { Point } from '../../layout/layout-types.ts';

export const ARROW_LENGTH = 10;
export const ARROW_HALF_WIDTH = 5;

/** Points as an SVG `points` attribute. */
export function toPointsAttribute(points: readonly Point[]): string {
  return points.map((point) => `${round(point.x)},${round(point.y)}`).join(' ');
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Shortens the polyline's end by `length`, so the line (and its dashes, or the white
 * core of a double line) stops where the arrowhead starts instead of poking through it.
 */
export function trimEnd(points: readonly Point[], length: number): Point[] {
  const result = points.map((point) => ({ ...point }));
  let remaining = length;
  while (result.length >= 2 && remaining > 0) {
    const end = result[result.length - 1]!;
    const before = result[result.length - 2]!;
    const segment = Math.hypot(end.x - before.x, end.y - before.y);
    if (segment > remaining) {
      const keep = (segment - remaining) / segment;
      result[result.length - 1] = {
        x: before.x + (end.x - before.x) * keep,
        y: before.y + (end.y - before.y) * keep,
      };
      return result;
    }
    // The whole last segment is shorter than the arrow: drop it and trim the one before.
    remaining -= segment;
    result.pop();
  }
  return result;
}

/** The direction the edge arrives in: the last segment with a length. */
function arrivalDirection(points: readonly Point[]): Point {
  for (let index = points.length - 1; index > 0; index--) {
    const end = points[index]!;
    const before = points[index - 1]!;
    const length = Math.hypot(end.x - before.x, end.y - before.y);
    if (length > 0) return { x: (end.x - before.x) / length, y: (end.y - before.y) / length };
  }
  return { x: 0, y: 1 };
}

/** The arrowhead as a triangle whose tip is the polyline's end point. */
export function arrowHead(
  points: readonly Point[],
  length = ARROW_LENGTH,
  halfWidth = ARROW_HALF_WIDTH,
): Point[] {
  const tip = points[points.length - 1];
  if (!tip) return [];
  const direction = arrivalDirection(points);
  const base = { x: tip.x - direction.x * length, y: tip.y - direction.y * length };
  const normal = { x: -direction.y, y: direction.x };
  return [
    { x: base.x + normal.x * halfWidth, y: base.y + normal.y * halfWidth },
    tip,
    { x: base.x - normal.x * halfWidth, y: base.y - normal.y * halfWidth },
  ];
}

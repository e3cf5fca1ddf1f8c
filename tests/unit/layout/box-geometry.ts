/** Comparisons of boxes and points, with the slack that rounded coordinates need. */
import type { Box, Point } from '../../../src/layout/layout-types.ts';

/** Coordinates are rounded to 0.1, so compare with a little slack. */
export const EPSILON = 0.15;
/** The brief's tolerance for "an edge starts/ends on the node's border". */
const BORDER_TOLERANCE = 1;

export function boxesOverlap(a: Box, b: Box): boolean {
  return (
    a.x < b.x + b.width - EPSILON &&
    b.x < a.x + a.width - EPSILON &&
    a.y < b.y + b.height - EPSILON &&
    b.y < a.y + a.height - EPSILON
  );
}

export function boxInside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x - EPSILON &&
    inner.y >= outer.y - EPSILON &&
    inner.x + inner.width <= outer.x + outer.width + EPSILON &&
    inner.y + inner.height <= outer.y + outer.height + EPSILON
  );
}

export function onBorder(point: Point, box: Box, tolerance = BORDER_TOLERANCE): boolean {
  const withinX = point.x >= box.x - tolerance && point.x <= box.x + box.width + tolerance;
  const withinY = point.y >= box.y - tolerance && point.y <= box.y + box.height + tolerance;
  const nearVerticalSide =
    Math.abs(point.x - box.x) <= tolerance || Math.abs(point.x - (box.x + box.width)) <= tolerance;
  const nearHorizontalSide =
    Math.abs(point.y - box.y) <= tolerance || Math.abs(point.y - (box.y + box.height)) <= tolerance;
  return withinX && withinY && (nearVerticalSide || nearHorizontalSide);
}

export const show = (box: Box) => `(${box.x}, ${box.y}, ${box.width}×${box.height})`;

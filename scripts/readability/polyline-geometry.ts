/**
 * Plain geometry of drawn edges (polylines through bend points), for the layout quality
 * figures of the readability bench. Pure functions, unit-tested, so the figures can be
 * trusted: crossings, length and bends of the edges as drawn.
 */
import type { Point } from '../../src/layout/layout-types.ts';

export interface Segment {
  a: Point;
  b: Point;
}

/**
 * Cross products this small (relative to the lengths involved) count as zero: layout
 * coordinates are rounded to 0.1, so "on the line" must survive rounding noise.
 */
const RELATIVE_TOLERANCE = 1e-9;

/** The pieces of a polyline, leaving out zero-length ones (repeated points). */
export function segmentsOf(points: readonly Point[]): Segment[] {
  const segments: Segment[] = [];
  for (let index = 1; index < points.length; index++) {
    const a = points[index - 1]!;
    const b = points[index]!;
    if (a.x !== b.x || a.y !== b.y) segments.push({ a, b });
  }
  return segments;
}

export function polylineLength(points: readonly Point[]): number {
  return segmentsOf(points).reduce((sum, { a, b }) => sum + Math.hypot(b.x - a.x, b.y - a.y), 0);
}

/** -1, 0 or 1: on which side of the line a→b the point p lies (0: on the line). */
function side(a: Point, b: Point, p: Point): number {
  const cross = (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x);
  const scale = Math.hypot(b.x - a.x, b.y - a.y) * Math.hypot(p.x - a.x, p.y - a.y);
  return Math.abs(cross) <= RELATIVE_TOLERANCE * scale ? 0 : Math.sign(cross);
}

/**
 * Where the polyline changes direction: interior points that are not on the straight line
 * through their neighbours (a turn back counts too). Collinear in-between points, which
 * some routers emit, are not bends.
 */
export function bendCount(points: readonly Point[]): number {
  const segments = segmentsOf(points);
  let bends = 0;
  for (let index = 1; index < segments.length; index++) {
    const before = segments[index - 1]!;
    const after = segments[index]!;
    const dx1 = before.b.x - before.a.x;
    const dy1 = before.b.y - before.a.y;
    const dx2 = after.b.x - after.a.x;
    const dy2 = after.b.y - after.a.y;
    const straightOn = side(before.a, before.b, after.b) === 0 && dx1 * dx2 + dy1 * dy2 > 0;
    if (!straightOn) bends++;
  }
  return bends;
}

/**
 * True when two segments cross properly: each one's end points lie strictly on opposite
 * sides of the other. Touching at an end point, a T-junction and collinear overlap (edges
 * sharing a track, as orthogonal routers do near a shared node) are not crossings.
 */
export function segmentsCross(s: Segment, t: Segment): boolean {
  // Cheap rejection first: boxes that do not overlap cannot hold a crossing.
  if (Math.max(s.a.x, s.b.x) < Math.min(t.a.x, t.b.x)) return false;
  if (Math.max(t.a.x, t.b.x) < Math.min(s.a.x, s.b.x)) return false;
  if (Math.max(s.a.y, s.b.y) < Math.min(t.a.y, t.b.y)) return false;
  if (Math.max(t.a.y, t.b.y) < Math.min(s.a.y, s.b.y)) return false;
  return (
    side(s.a, s.b, t.a) * side(s.a, s.b, t.b) < 0 && side(t.a, t.b, s.a) * side(t.a, t.b, s.b) < 0
  );
}

/**
 * Proper crossings between the segments of different polylines; two edges that cross
 * three times count three. A crossing exactly through a bend point is not proper and is
 * not counted (with orthogonal edges such a point is a touch, not a crossing).
 */
export function crossingCount(polylines: readonly (readonly Point[])[]): number {
  const segments = polylines.map(segmentsOf);
  let crossings = 0;
  for (let i = 0; i < segments.length; i++)
    for (let j = i + 1; j < segments.length; j++)
      for (const s of segments[i]!)
        for (const t of segments[j]!) if (segmentsCross(s, t)) crossings++;
  return crossings;
}

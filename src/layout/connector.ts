/**
 * Geometry for what ELK does not place: straight connectors between two boxes for the
 * relations drawn on demand, and label boxes beside an already routed line. Pure.
 */
import type { Box, EdgeLabelBox, Point } from './layout-types.ts';

const round = (value: number): number => Math.round(value * 10) / 10;

function centre(box: Box): Point {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Where the ray from the box's centre towards `towards` leaves the box. */
export function borderPoint(box: Box, towards: Point): Point {
  const from = centre(box);
  const dx = towards.x - from.x;
  const dy = towards.y - from.y;
  if (dx === 0 && dy === 0) return from;
  const scaleX = dx === 0 ? Infinity : box.width / 2 / Math.abs(dx);
  const scaleY = dy === 0 ? Infinity : box.height / 2 / Math.abs(dy);
  const scale = Math.min(scaleX, scaleY);
  return { x: round(from.x + dx * scale), y: round(from.y + dy * scale) };
}

/** A straight line from border to border along the line between the two centres. */
export function connector(from: Box, to: Box): Point[] {
  return [borderPoint(from, centre(to)), borderPoint(to, centre(from))];
}

/** The label centred on the middle of the line's longest segment. */
export function labelBeside(
  points: readonly Point[],
  size: { width: number; height: number; lines: string[] },
): EdgeLabelBox {
  let best: [Point, Point] = [points[0] ?? { x: 0, y: 0 }, points[0] ?? { x: 0, y: 0 }];
  let bestLength = -1;
  for (let index = 1; index < points.length; index += 1) {
    const a = points[index - 1];
    const b = points[index];
    if (a === undefined || b === undefined) continue;
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    if (length > bestLength) [best, bestLength] = [[a, b], length];
  }
  const middle = { x: (best[0].x + best[1].x) / 2, y: (best[0].y + best[1].y) / 2 };
  return {
    x: round(middle.x - size.width / 2),
    y: round(middle.y - size.height / 2),
    width: size.width,
    height: size.height,
    lines: size.lines,
    onDemand: true,
  };
}

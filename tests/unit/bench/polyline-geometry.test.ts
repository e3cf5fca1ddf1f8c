import { describe, expect, it } from 'vitest';
import {
  bendCount,
  crossingCount,
  polylineLength,
  segmentsCross,
  segmentsOf,
} from '../../../scripts/readability/polyline-geometry.ts';

const p = (x: number, y: number) => ({ x, y });
const seg = (ax: number, ay: number, bx: number, by: number) => ({ a: p(ax, ay), b: p(bx, by) });

describe('segments, length and bends of a drawn edge', () => {
  it('leaves out repeated points', () => {
    expect(segmentsOf([p(0, 0), p(0, 0), p(0, 5)])).toEqual([seg(0, 0, 0, 5)]);
  });

  it('measures the length along every piece', () => {
    expect(polylineLength([p(0, 0), p(3, 0), p(3, 4)])).toBe(7);
    expect(polylineLength([p(0, 0), p(3, 4)])).toBe(5);
    expect(polylineLength([p(1, 1)])).toBe(0);
  });

  it('counts a turn as a bend, but not a point on the straight line', () => {
    expect(bendCount([p(0, 0), p(0, 10)])).toBe(0);
    expect(bendCount([p(0, 0), p(0, 4.1), p(0, 10)])).toBe(0);
    expect(bendCount([p(0, 0), p(0, 10), p(20, 10)])).toBe(1);
    expect(bendCount([p(0, 0), p(0, 10), p(20, 10), p(20, 30)])).toBe(2);
    expect(bendCount([p(0, 0), p(0, 10), p(0, 10), p(20, 10)])).toBe(1);
  });

  it('counts going back along the same line as a bend', () => {
    expect(bendCount([p(0, 0), p(10, 0), p(4, 0)])).toBe(1);
  });
});

describe('proper crossings', () => {
  it('finds two segments crossing in their middles', () => {
    expect(segmentsCross(seg(0, 5, 10, 5), seg(5, 0, 5, 10))).toBe(true);
    expect(segmentsCross(seg(0, 0, 10, 10), seg(0, 10, 10, 0))).toBe(true);
  });

  it('does not count touching, T-junctions, shared tracks or near misses', () => {
    expect(segmentsCross(seg(0, 0, 10, 0), seg(10, 0, 10, 10))).toBe(false); // shared end
    expect(segmentsCross(seg(0, 5, 10, 5), seg(5, 5, 5, 10))).toBe(false); // T-junction
    expect(segmentsCross(seg(0, 0, 10, 0), seg(5, 0, 20, 0))).toBe(false); // overlap
    expect(segmentsCross(seg(0, 0, 10, 0), seg(0, 1, 10, 1))).toBe(false); // parallel
    expect(segmentsCross(seg(0, 5, 4.9, 5), seg(5, 0, 5, 10))).toBe(false); // stops short
  });

  it('counts every crossing between different edges', () => {
    const horizontal = [p(0, 5), p(30, 5)];
    const down = [p(10, 0), p(10, 10)];
    const downAndUp = [p(20, 0), p(20, 10), p(25, 10), p(25, 0)];
    expect(crossingCount([horizontal, down])).toBe(1);
    expect(crossingCount([horizontal, downAndUp])).toBe(2);
    expect(crossingCount([horizontal, down, downAndUp])).toBe(3);
  });

  it('ignores an edge crossing itself and edges that only meet at a node', () => {
    const loop = [p(0, 0), p(10, 10), p(10, 0), p(0, 10)];
    expect(crossingCount([loop])).toBe(0);
    expect(
      crossingCount([
        [p(0, 0), p(0, 10)],
        [p(0, 10), p(10, 10)],
        [p(0, 10), p(0, 20)],
      ]),
    ).toBe(0);
  });

  it('survives coordinates rounded to 0.1 on a shared track', () => {
    expect(
      crossingCount([
        [p(0.1, 0.3), p(50.7, 0.3)],
        [p(20.2, 0.3), p(80.4, 0.3)],
      ]),
    ).toBe(0);
  });
});

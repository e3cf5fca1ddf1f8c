import { describe, expect, it } from 'vitest';
import { arrowHead, toPointsAttribute, trimEnd } from '../../../src/view/chart/edge-geometry.ts';

describe('trimEnd', () => {
  it('shortens the last segment', () => {
    expect(
      trimEnd(
        [
          { x: 0, y: 0 },
          { x: 0, y: 100 },
        ],
        10,
      ),
    ).toEqual([
      { x: 0, y: 0 },
      { x: 0, y: 90 },
    ]);
  });

  it('drops a last segment shorter than the trim and trims the one before', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 0, y: 50 },
      { x: 4, y: 50 },
    ];
    expect(trimEnd(points, 10)).toEqual([
      { x: 0, y: 0 },
      { x: 0, y: 44 },
    ]);
  });

  it('does not change its input', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 10, y: 0 },
    ];
    trimEnd(points, 5);
    expect(points[1]).toEqual({ x: 10, y: 0 });
  });
});

describe('arrowHead', () => {
  it('has its tip at the end point, pointing along the last segment', () => {
    const head = arrowHead(
      [
        { x: 0, y: 0 },
        { x: 0, y: 50 },
        { x: 100, y: 50 },
      ],
      10,
      5,
    );
    expect(head[1]).toEqual({ x: 100, y: 50 });
    expect(head[0]).toEqual({ x: 90, y: 55 });
    expect(head[2]).toEqual({ x: 90, y: 45 });
  });

  it('is empty for no points', () => {
    expect(arrowHead([])).toEqual([]);
  });
});

describe('toPointsAttribute', () => {
  it('rounds to a tenth', () => {
    expect(
      toPointsAttribute([
        { x: 1.234, y: 5 },
        { x: 2, y: 3.06 },
      ]),
    ).toBe('1.2,5 2,3.1');
  });
});

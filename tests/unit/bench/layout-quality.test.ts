import { describe, expect, it } from 'vitest';
import { layoutQuality } from '../../../scripts/readability/layout-quality.ts';

const p = (x: number, y: number) => ({ x, y });

describe('layout quality of a laid-out route', () => {
  it('sums crossings, length and bends of the drawn edges and the room per step', () => {
    const quality = layoutQuality({
      width: 200,
      height: 100,
      nodes: [{}, {}, {}, {}],
      edges: [
        { points: [p(0, 50), p(100, 50)] },
        { points: [p(50, 0), p(50, 100)] },
        { points: [p(120, 0), p(120, 20), p(160, 20)] },
      ],
    });
    expect(quality).toEqual({
      steps: 4,
      edges: 3,
      routedEdges: 3,
      crossings: 1,
      edgeLength: 100 + 100 + 60,
      bends: 1,
      width: 200,
      height: 100,
      areaPerStep: 5000,
    });
  });

  it('counts edges without a drawn route but measures only those with points', () => {
    const quality = layoutQuality({
      width: 100,
      height: 100,
      nodes: [{}, {}],
      edges: [{ points: [p(0, 50), p(100, 50)] }, {}, { points: [] }],
    });
    expect(quality.edges).toBe(3);
    expect(quality.routedEdges).toBe(1);
    expect(quality.edgeLength).toBe(100);
  });

  it('leaves out the relations drawn only on demand: the figures are of the first picture', () => {
    const quality = layoutQuality({
      width: 100,
      height: 100,
      nodes: [{}, {}],
      edges: [
        { points: [p(0, 50), p(100, 50)] },
        { points: [p(50, 0), p(50, 100)], onDemand: true },
      ],
    });
    expect(quality).toMatchObject({ edges: 2, routedEdges: 1, crossings: 0, edgeLength: 100 });
  });
});

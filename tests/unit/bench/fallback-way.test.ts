import { describe, expect, it } from 'vitest';
import { fallbackWay } from '../../../scripts/readability/measure-chart.ts';
import { makeEdge, makeNode, makeRoute } from '../factories.ts';

describe('a way to choose when a route offers no quick question', () => {
  it('goes from the first step to the step farthest along the arrows', () => {
    const route = makeRoute({
      nodes: ['a', 'b', 'c', 'd', 'e'].map((id) => makeNode(id)),
      edges: [makeEdge('a', 'b'), makeEdge('b', 'c'), makeEdge('a', 'd'), makeEdge('e', 'a')],
    });
    expect(fallbackWay(route)).toEqual({ from: 'a', to: 'c' });
  });

  it('has none when the first step leads nowhere', () => {
    const route = makeRoute({ nodes: [makeNode('a'), makeNode('b')], edges: [makeEdge('b', 'a')] });
    expect(fallbackWay(route)).toBeNull();
  });
});

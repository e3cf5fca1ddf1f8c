import { describe, expect, it } from 'vitest';
import { neighbourhood } from '../../../src/core/reading/neighbourhood.ts';
import { makeEdge, makeNode, makeRoute } from '../factories.ts';

// a → b → c → d, and e → b: a chain with a side entrance.
const route = makeRoute({
  nodes: ['a', 'b', 'c', 'd', 'e'].map((id) => makeNode(id)),
  edges: [
    makeEdge('a', 'b'),
    makeEdge('b', 'c'),
    makeEdge('c', 'd'),
    makeEdge('e', 'b'),
    makeEdge('a', 'e'),
  ],
});
const edgeNames = (edges: { from: string; to: string }[]) =>
  edges.map((edge) => `${edge.from}${edge.to}`).sort();

describe('neighbourhood', () => {
  it('takes one step in both directions', () => {
    const around = neighbourhood(route, 'b', 1);
    expect([...around.nodes].sort()).toEqual(['a', 'b', 'c', 'e']);
    // a → e joins two nodes on the rim: not a step out from b.
    expect(edgeNames(around.edges)).toEqual(['ab', 'bc', 'eb']);
  });

  it('takes two steps', () => {
    const around = neighbourhood(route, 'b', 2);
    expect([...around.nodes].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(edgeNames(around.edges)).toEqual(['ab', 'ae', 'bc', 'cd', 'eb']);
  });
});

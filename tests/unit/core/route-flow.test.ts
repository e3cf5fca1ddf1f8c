import { describe, expect, it } from 'vitest';
import { isFlowKind, layoutEdges, nodeBands } from '../../../src/core/route/route-flow.ts';
import { makeEdge, makeGroup, makeNode, makeRoute } from '../factories.ts';

describe('the main flow of a route', () => {
  it('counts handing over, escalating and reporting as the way a worry travels', () => {
    expect(['refers', 'escalates', 'reports'].every((kind) => isFlowKind(kind as never))).toBe(
      true,
    );
    expect(['consults', 'informs', 'member'].some((kind) => isFlowKind(kind as never))).toBe(false);
  });

  it('keeps advice and feedback out of the layout, except as the only way into a step', () => {
    const route = makeRoute({
      nodes: [makeNode('mentor'), makeNode('ib'), makeNode('overleg'), makeNode('ouders')],
      edges: [
        makeEdge('mentor', 'ib'),
        makeEdge('mentor', 'ib', { kind: 'consults' }),
        makeEdge('mentor', 'overleg', { kind: 'member' }),
        makeEdge('ib', 'overleg', { kind: 'member' }),
        makeEdge('ouders', 'mentor', { kind: 'informs' }),
      ],
    });
    expect(layoutEdges(route).map((edge) => `${edge.from}>${edge.to}:${edge.kind}`)).toEqual([
      'mentor>ib:refers',
      'mentor>overleg:member',
      'ib>overleg:member',
    ]);
  });
});

describe('bands', () => {
  it('puts groups in file order and a loose step between the bands its flow joins', () => {
    const route = makeRoute({
      groups: [makeGroup('eerste'), makeGroup('tweede')],
      nodes: [
        makeNode('signaal'),
        makeNode('mentor', { group: 'eerste' }),
        makeNode('keuze', { kind: 'decision' }),
        makeNode('zat', { group: 'tweede' }),
        makeNode('verslag', { kind: 'document' }),
        makeNode('los'),
      ],
      edges: [
        makeEdge('signaal', 'mentor'),
        makeEdge('mentor', 'keuze'),
        makeEdge('keuze', 'zat'),
        makeEdge('zat', 'verslag'),
      ],
    });
    expect(Object.fromEntries(nodeBands(route))).toEqual({
      signaal: 0,
      mentor: 1,
      keuze: 2,
      zat: 3,
      verslag: 4,
      los: 0,
    });
  });
});

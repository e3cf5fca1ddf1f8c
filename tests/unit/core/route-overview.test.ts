import { describe, expect, it } from 'vitest';
import {
  OVERVIEW_FROM_STEPS,
  opensWithOverview,
  routeOverview,
} from '../../../src/core/route/route-overview.ts';
import { makeChainRoute, makeEdge, makeGroup, makeNode, makeRoute } from '../factories.ts';

const twoLevels = makeRoute({
  groups: [
    makeGroup('eerste', { label: 'Eerste schil' }),
    makeGroup('tweede', { label: 'Tweede schil' }),
  ],
  nodes: [
    makeNode('signaal', { label: 'Signaal' }),
    makeNode('mentor', { group: 'eerste' }),
    makeNode('coach', { group: 'eerste' }),
    makeNode('keuze', { kind: 'decision', label: 'Extra hulp nodig?' }),
    makeNode('zat', { group: 'tweede', kind: 'team' }),
  ],
  edges: [
    makeEdge('signaal', 'mentor'),
    makeEdge('mentor', 'coach'),
    makeEdge('coach', 'keuze'),
    makeEdge('keuze', 'zat', { kind: 'escalates' }),
    makeEdge('zat', 'mentor', { kind: 'informs' }),
  ],
});

describe('the overview of a route', () => {
  it('lists the groups and the loose steps between them, top to bottom', () => {
    const { rows } = routeOverview(twoLevels);
    expect(rows.map((row) => row.parts.map((part) => part.label))).toEqual([
      ['Signaal'],
      ['Eerste schil'],
      ['Extra hulp nodig?'],
      ['Tweede schil'],
    ]);
    const eerste = rows[1]?.parts[0];
    expect(eerste?.kind === 'group' && eerste.stepIds).toEqual(['mentor', 'coach']);
  });

  it('says where the main flow goes on from each part, not where feedback goes', () => {
    const { next } = routeOverview(twoLevels);
    expect(next.get('stap:signaal')).toEqual(['groep:eerste']);
    expect(next.get('groep:eerste')).toEqual(['stap:keuze']);
    expect(next.get('stap:keuze')).toEqual(['groep:tweede']);
    expect(next.get('groep:tweede')).toBeUndefined();
  });

  it('opens a big route with groups with the overview, and a small or flat one with the chart', () => {
    const big = makeChainRoute(OVERVIEW_FROM_STEPS);
    const grouped = {
      ...big,
      groups: [makeGroup('a'), makeGroup('b')],
      nodes: big.nodes.map((node, index) => ({ ...node, group: index < 20 ? 'a' : 'b' })),
    };
    expect(opensWithOverview(grouped)).toBe(true);
    expect(opensWithOverview(big)).toBe(false);
    expect(opensWithOverview(twoLevels)).toBe(false);
  });
});

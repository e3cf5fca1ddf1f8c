import { describe, expect, it } from 'vitest';
import { commonQuestions } from '../../../src/core/reading/common-questions.ts';
import { makeEdge, makeNode, makeRoute } from '../factories.ts';

describe('commonQuestions', () => {
  const nodes = [
    makeNode('huisarts', { kind: 'service', label: 'Huisarts' }),
    makeNode('zorg', { label: 'Zorgcoördinator' }),
    makeNode('mentor', { label: 'Mentor' }),
    makeNode('ggz', { kind: 'service', label: 'JGGZ (jeugd-GGZ)' }),
  ];

  it('offers questions the route answers, with ends recognised by id or label', () => {
    const route = makeRoute({
      nodes,
      edges: [
        makeEdge('huisarts', 'zorg', { kind: 'consults' }),
        makeEdge('mentor', 'zorg'),
        makeEdge('zorg', 'ggz'),
        makeEdge('ggz', 'mentor', { kind: 'informs' }),
      ],
    });
    expect(commonQuestions(route).map((q) => q.label)).toEqual([
      'Van Huisarts naar Zorgcoördinator',
      'Van Mentor naar JGGZ (jeugd-GGZ) en terug',
    ]);
  });

  it('leaves out a question whose way the arrows do not give', () => {
    const route = makeRoute({ nodes, edges: [makeEdge('zorg', 'huisarts')] });
    expect(commonQuestions(route)).toEqual([]);
  });

  it('asks only the way there when no arrows lead back', () => {
    const route = makeRoute({ nodes, edges: [makeEdge('mentor', 'ggz')] });
    expect(commonQuestions(route)).toEqual([
      { from: 'mentor', to: 'ggz', back: false, label: 'Van Mentor naar JGGZ (jeugd-GGZ)' },
    ]);
  });

  it('offers nothing for a route without those roles', () => {
    expect(commonQuestions(makeRoute({ nodes: [makeNode('a')], edges: [] }))).toEqual([]);
  });
});

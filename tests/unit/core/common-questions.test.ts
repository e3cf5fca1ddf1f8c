import { describe, expect, it } from 'vitest';
import { commonQuestions } from '../../../src/core/reading/common-questions.ts';
import { makeNode, makeRoute } from '../factories.ts';

describe('commonQuestions', () => {
  it('offers questions whose two ends the route has, recognised by id or label', () => {
    const route = makeRoute({
      nodes: [
        makeNode('huisarts', { kind: 'service', label: 'Huisarts' }),
        makeNode('zorg', { label: 'Zorgcoördinator' }),
        makeNode('mentor', { label: 'Mentor' }),
        makeNode('ggz', { kind: 'service', label: 'JGGZ (jeugd-GGZ)' }),
      ],
      edges: [],
    });
    expect(commonQuestions(route).map((q) => q.label)).toEqual([
      'Van Huisarts naar Zorgcoördinator',
      'Van Mentor naar JGGZ (jeugd-GGZ) en terug',
    ]);
  });

  it('offers nothing for a route without those roles', () => {
    expect(commonQuestions(makeRoute({ nodes: [makeNode('a')], edges: [] }))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { ElkNode } from '../../../src/layout/elk-graph-types.ts';
import { elkToLayout } from '../../../src/layout/route-to-elk.ts';
import { makeEdge, makeGroup, makeNode, makeRoute } from '../factories.ts';

describe('elkToLayout', () => {
  const route = makeRoute({
    groups: [makeGroup('grp', { label: 'Groep' })],
    nodes: [makeNode('top'), makeNode('a', { group: 'grp' }), makeNode('b', { group: 'grp' })],
    edges: [makeEdge('top', 'a', { label: 'ja' }), makeEdge('a', 'b')],
  });
  // A hand-written ELK answer: group at (100, 50); its children relative to the group.
  // The a→b edge was declared at the root but ELK reports the group as its container,
  // so its points are relative to the group too. top→a has no container: the root.
  const answer: ElkNode = {
    id: 'route',
    width: 400.04,
    height: 300.06,
    children: [
      { id: 'n:top', x: 120, y: 10, width: 150, height: 40 },
      {
        id: 'g:grp',
        x: 100,
        y: 60,
        width: 200,
        height: 200,
        children: [
          { id: 'n:a', x: 20, y: 40, width: 150, height: 40 },
          { id: 'n:b', x: 20, y: 130, width: 150, height: 40 },
        ],
      },
    ],
    edges: [
      {
        id: 'e:top->a:refers',
        sources: ['n:top'],
        targets: ['n:a'],
        labels: [{ text: 'ja', x: 180, y: 60, width: 20, height: 16 }],
        sections: [
          {
            id: 's1',
            startPoint: { x: 195, y: 50 },
            bendPoints: [{ x: 195, y: 70 }],
            endPoint: { x: 195, y: 100.04 },
          },
        ],
      },
      {
        id: 'e:a->b:refers',
        sources: ['n:a'],
        targets: ['n:b'],
        container: 'g:grp',
        sections: [
          { id: 's2', startPoint: { x: 95, y: 80 }, endPoint: { x: 95, y: 100 } },
          { id: 's3', startPoint: { x: 95, y: 100 }, endPoint: { x: 95, y: 130 } },
        ],
      },
    ],
  };

  it('turns positions relative to the parent into absolute ones', () => {
    const layout = elkToLayout(route, answer);
    expect(layout.nodes).toEqual([
      { id: 'top', x: 120, y: 10, width: 150, height: 40, lines: ['top'] },
      { id: 'a', x: 120, y: 100, width: 150, height: 40, lines: ['a'] },
      { id: 'b', x: 120, y: 190, width: 150, height: 40, lines: ['b'] },
    ]);
    expect(layout.groups).toEqual([
      { id: 'grp', x: 100, y: 60, width: 200, height: 200, lines: ['Groep'] },
    ]);
  });

  it('offsets edge points and labels by the edge’s container, joining sections', () => {
    const layout = elkToLayout(route, answer);
    expect(layout.edges).toEqual([
      {
        id: 'top->a:refers',
        from: 'top',
        to: 'a',
        points: [
          { x: 195, y: 50 },
          { x: 195, y: 70 },
          { x: 195, y: 100 },
        ],
        label: { x: 180, y: 60, width: 20, height: 16, lines: ['ja'] },
      },
      {
        id: 'a->b:refers',
        from: 'a',
        to: 'b',
        points: [
          { x: 195, y: 140 },
          { x: 195, y: 160 },
          { x: 195, y: 190 },
        ],
      },
    ]);
  });

  it('rounds everything to 0.1', () => {
    const layout = elkToLayout(route, answer);
    expect(layout.width).toBe(400);
    expect(layout.height).toBe(300.1);
  });
});

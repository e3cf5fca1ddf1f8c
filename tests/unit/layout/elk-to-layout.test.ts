import { describe, expect, it } from 'vitest';
import type { ElkNode } from '../../../src/layout/elk-graph-types.ts';
import { elkToLayout } from '../../../src/layout/route-to-elk.ts';
import {
  BAND_BOTTOM_PADDING,
  BAND_LABEL_GAP,
  BAND_LABEL_INSET,
} from '../../../src/layout/measure.ts';
import { makeEdge, makeGroup, makeNode, makeRoute } from '../factories.ts';

describe('elkToLayout', () => {
  const route = makeRoute({
    groups: [makeGroup('grp', { label: 'Groep' })],
    nodes: [
      makeNode('top', { kind: 'decision' }),
      makeNode('a', { group: 'grp' }),
      makeNode('b', { group: 'grp' }),
    ],
    edges: [
      makeEdge('top', 'a', { label: 'ja' }),
      makeEdge('a', 'b'),
      makeEdge('b', 'top', { kind: 'informs', label: 'Vertelt hoe het gaat' }),
    ],
  });
  // A hand-written answer for the flat graph: every position relative to the chart.
  const answer: ElkNode = {
    id: 'route',
    width: 400.04,
    height: 300.06,
    children: [
      { id: 'n:top', x: 120, y: 10, width: 150, height: 40 },
      { id: 'n:a', x: 120, y: 100, width: 150, height: 40 },
      { id: 'n:b', x: 120, y: 190, width: 150, height: 40 },
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
        sections: [
          { id: 's2', startPoint: { x: 195, y: 140 }, endPoint: { x: 195, y: 160 } },
          { id: 's3', startPoint: { x: 195, y: 160 }, endPoint: { x: 195, y: 190 } },
        ],
      },
    ],
  };
  // Room made for the band's label above its first node, and its padding below the last.
  const labelSpace = BAND_LABEL_INSET + 18 + BAND_LABEL_GAP;

  it('moves a band down by its label, and what lies below by the band’s padding', () => {
    const layout = elkToLayout(route, answer);
    expect(layout.nodes.map((node) => [node.id, node.y])).toEqual([
      ['top', 10],
      ['a', 100 + labelSpace],
      ['b', 190 + labelSpace],
    ]);
    expect(layout.groups).toEqual([
      {
        id: 'grp',
        x: 0,
        y: 100,
        width: 400,
        height: 130 + labelSpace + BAND_BOTTOM_PADDING,
        lines: ['Groep'],
      },
    ]);
    expect(layout.height).toBe(300.1 + labelSpace + BAND_BOTTOM_PADDING);
  });

  it('keeps routed edges orthogonal, joining sections, with the decision’s answer where ELK put it', () => {
    const [toA, toB] = elkToLayout(route, answer).edges;
    expect(toA).toEqual({
      id: 'top->a:refers',
      from: 'top',
      to: 'a',
      points: [
        { x: 195, y: 50 },
        { x: 195, y: 70 },
        { x: 195, y: 100 + labelSpace },
      ],
      label: {
        x: 180,
        y: 60,
        width: expect.any(Number),
        height: expect.any(Number),
        lines: ['ja'],
      },
    });
    expect(toB?.points).toEqual([
      { x: 195, y: 140 + labelSpace },
      { x: 195, y: 160 + labelSpace },
      { x: 195, y: 190 + labelSpace },
    ]);
  });

  it('draws a relation ELK did not lay out as a straight on-demand connector from border to border', () => {
    const feedback = elkToLayout(route, answer).edges[2];
    expect(feedback).toMatchObject({
      id: 'b->top:informs',
      onDemand: true,
      points: [
        { x: 195, y: 190 + labelSpace },
        { x: 195, y: 50 },
      ],
      label: { onDemand: true, lines: ['Vertelt hoe het gaat'] },
    });
  });
});

import { describe, expect, it } from 'vitest';
import type { ElkNode } from '../../../src/layout/elk-graph-types';
import { edgeLabelSize, GROUP_PADDING, groupLabelSize, nodeSize } from '../../../src/layout/measure';
import { elkToLayout, routeToElkGraph } from '../../../src/layout/route-to-elk';
import { makeEdge, makeGroup, makeNode, makeRoute } from '../factories';
import { sampleSchoolRoute } from './route-fixtures';

function allIds(node: ElkNode): string[] {
  return [node.id, ...(node.edges ?? []).map((edge) => edge.id), ...(node.children ?? []).flatMap(allIds)];
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe('routeToElkGraph', () => {
  const route = makeRoute({
    groups: [makeGroup('zat', { label: 'Zorg- en adviesteam' })],
    nodes: [makeNode('mentor'), makeNode('zat', { kind: 'team', group: 'zat' }), makeNode('smw', { group: 'zat' }), makeNode('huisarts', { kind: 'service' })],
    edges: [
      makeEdge('mentor', 'zat', { label: 'aanmelden' }),
      makeEdge('smw', 'zat', { kind: 'member' }),
      makeEdge('zat', 'huisarts'),
    ],
  });

  it('asks for a deterministic, top-down, orthogonal layered layout across groups', () => {
    expect(routeToElkGraph(route).layoutOptions).toMatchObject({
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.randomSeed': expect.any(String),
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    });
  });

  it('makes groups compound nodes, in file order, with room for the label on top', () => {
    const graph = routeToElkGraph(route);
    expect(graph.children?.map((child) => child.id)).toEqual(['n:mentor', 'g:zat', 'n:huisarts']);
    const group = graph.children?.[1];
    expect(group?.children?.map((child) => child.id)).toEqual(['n:zat', 'n:smw']);
    const top = Number(/top=(\d+)/.exec(group?.layoutOptions?.['elk.padding'] ?? '')?.[1]);
    expect(top).toBeGreaterThanOrEqual(GROUP_PADDING + groupLabelSize('Zorg- en adviesteam').height);
  });

  it('sizes nodes and edge labels with measure.ts', () => {
    const graph = routeToElkGraph(route);
    expect(graph.children?.[0]).toMatchObject({ width: nodeSize(makeNode('mentor')).width, height: nodeSize(makeNode('mentor')).height });
    const label = graph.edges?.find((edge) => edge.id === 'e:mentor->zat:refers')?.labels?.[0];
    expect(label).toMatchObject({ text: 'aanmelden', width: edgeLabelSize('aanmelden').width, height: edgeLabelSize('aanmelden').height });
  });

  it('declares an edge inside a group when both ends are in it, else at the root', () => {
    const graph = routeToElkGraph(route);
    expect(graph.edges?.map((edge) => edge.id)).toEqual(['e:mentor->zat:refers', 'e:zat->huisarts:refers']);
    expect(graph.children?.[1]?.edges?.map((edge) => edge.id)).toEqual(['e:smw->zat:member']);
  });

  it('gives ELK unique ids even when a node and a group share an id', () => {
    const ids = allIds(routeToElkGraph(route));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('skips what cannot be drawn instead of failing: unknown ends, unknown groups, duplicate edges', () => {
    const broken = makeRoute({
      nodes: [makeNode('a', { group: 'nope' }), makeNode('b')],
      edges: [makeEdge('a', 'b'), makeEdge('a', 'b'), makeEdge('a', 'ghost')],
    });
    const graph = routeToElkGraph(broken);
    expect(graph.children?.map((child) => child.id)).toEqual(['n:a', 'n:b']);
    expect(graph.edges?.map((edge) => edge.id)).toEqual(['e:a->b:refers']);
  });

  it('is pure: it does not touch the route and gives the same graph every time', () => {
    const frozen = deepFreeze(sampleSchoolRoute());
    expect(routeToElkGraph(frozen)).toEqual(routeToElkGraph(sampleSchoolRoute()));
  });
});

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
        sections: [{ id: 's1', startPoint: { x: 195, y: 50 }, bendPoints: [{ x: 195, y: 70 }], endPoint: { x: 195, y: 100.04 } }],
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
    expect(layout.groups).toEqual([{ id: 'grp', x: 100, y: 60, width: 200, height: 200, lines: ['Groep'] }]);
  });

  it('offsets edge points and labels by the edge’s container, joining sections', () => {
    const layout = elkToLayout(route, answer);
    expect(layout.edges).toEqual([
      {
        id: 'top->a:refers',
        from: 'top',
        to: 'a',
        points: [{ x: 195, y: 50 }, { x: 195, y: 70 }, { x: 195, y: 100 }],
        label: { x: 180, y: 60, width: 20, height: 16, lines: ['ja'] },
      },
      { id: 'a->b:refers', from: 'a', to: 'b', points: [{ x: 195, y: 140 }, { x: 195, y: 160 }, { x: 195, y: 190 }] },
    ]);
  });

  it('rounds everything to 0.1', () => {
    const layout = elkToLayout(route, answer);
    expect(layout.width).toBe(400);
    expect(layout.height).toBe(300.1);
  });
});

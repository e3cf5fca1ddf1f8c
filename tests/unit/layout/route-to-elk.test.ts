import { describe, expect, it } from 'vitest';
import type { ElkNode } from '../../../src/layout/elk-graph-types.ts';
import { edgeLabelSize, nodeSize } from '../../../src/layout/measure.ts';
import { routeToElkGraph } from '../../../src/layout/route-to-elk.ts';
import { makeEdge, makeGroup, makeNode, makeRoute } from '../factories.ts';
import { sampleSchoolRoute } from './school-routes.ts';

function allIds(node: ElkNode): string[] {
  return [
    node.id,
    ...(node.edges ?? []).map((edge) => edge.id),
    ...(node.children ?? []).flatMap(allIds),
  ];
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
    nodes: [
      makeNode('mentor'),
      makeNode('vraag', { kind: 'decision', label: 'Meer nodig?' }),
      makeNode('zat', { kind: 'team', group: 'zat' }),
      makeNode('smw', { group: 'zat' }),
      makeNode('huisarts', { kind: 'service' }),
    ],
    edges: [
      makeEdge('mentor', 'vraag', { label: 'bespreekt' }),
      makeEdge('vraag', 'zat', { label: 'ja' }),
      makeEdge('smw', 'zat', { kind: 'member' }),
      makeEdge('zat', 'huisarts'),
      makeEdge('huisarts', 'mentor', { kind: 'informs' }),
    ],
  });

  it('asks for a deterministic, top-down, orthogonal layered layout with groups as bands', () => {
    expect(routeToElkGraph(route).layoutOptions).toMatchObject({
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.partitioning.activate': 'true',
      'elk.randomSeed': expect.any(String),
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    });
  });

  it('is flat: every node a child of the root in file order, its group as a band', () => {
    const graph = routeToElkGraph(route);
    expect(graph.children?.map((child) => child.id)).toEqual([
      'n:mentor',
      'n:vraag',
      'n:zat',
      'n:smw',
      'n:huisarts',
    ]);
    const band = (id: string) =>
      graph.children?.find((child) => child.id === id)?.layoutOptions?.[
        'elk.partitioning.partition'
      ];
    // The only group is band 1; the decision leads into it, so it stands above it (band 0),
    // the huisarts is reached from it, so it stands below it (band 2).
    expect([band('n:mentor'), band('n:vraag'), band('n:zat'), band('n:huisarts')]).toEqual([
      '0',
      '0',
      '1',
      '2',
    ]);
  });

  it('lays out the main flow and the way into a step no flow reaches, not the relations around it', () => {
    const graph = routeToElkGraph(route);
    expect(graph.edges?.map((edge) => edge.id)).toEqual([
      'e:mentor->vraag:refers',
      'e:vraag->zat:refers',
      'e:zat->huisarts:refers',
    ]);
    const reachedOnlyByMember = makeRoute({
      nodes: [makeNode('mentor'), makeNode('overleg', { kind: 'team' })],
      edges: [makeEdge('mentor', 'overleg', { kind: 'member' })],
    });
    expect(routeToElkGraph(reachedOnlyByMember).edges?.map((edge) => edge.id)).toEqual([
      'e:mentor->overleg:member',
    ]);
  });

  it('sizes nodes with measure.ts and gives ELK only the answers of a decision as labels', () => {
    const graph = routeToElkGraph(route);
    expect(graph.children?.[0]).toMatchObject({
      width: nodeSize(makeNode('mentor')).width,
      height: nodeSize(makeNode('mentor')).height,
    });
    const labelOf = (id: string) => graph.edges?.find((edge) => edge.id === id)?.labels?.[0];
    expect(labelOf('e:vraag->zat:refers')).toMatchObject({
      text: 'ja',
      width: edgeLabelSize('ja').width,
      height: edgeLabelSize('ja').height,
    });
    expect(labelOf('e:mentor->vraag:refers')).toBeUndefined();
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

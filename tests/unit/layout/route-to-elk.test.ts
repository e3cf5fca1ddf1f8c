import { describe, expect, it } from 'vitest';
import type { ElkNode } from '../../../src/layout/elk-graph-types.ts';
import {
  edgeLabelSize,
  GROUP_PADDING,
  groupLabelSize,
  nodeSize,
} from '../../../src/layout/measure.ts';
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
      makeNode('zat', { kind: 'team', group: 'zat' }),
      makeNode('smw', { group: 'zat' }),
      makeNode('huisarts', { kind: 'service' }),
    ],
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
    expect(top).toBeGreaterThanOrEqual(
      GROUP_PADDING + groupLabelSize('Zorg- en adviesteam').height,
    );
  });

  it('sizes nodes and edge labels with measure.ts', () => {
    const graph = routeToElkGraph(route);
    expect(graph.children?.[0]).toMatchObject({
      width: nodeSize(makeNode('mentor')).width,
      height: nodeSize(makeNode('mentor')).height,
    });
    const label = graph.edges?.find((edge) => edge.id === 'e:mentor->zat:refers')?.labels?.[0];
    expect(label).toMatchObject({
      text: 'aanmelden',
      width: edgeLabelSize('aanmelden').width,
      height: edgeLabelSize('aanmelden').height,
    });
  });

  it('declares an edge inside a group when both ends are in it, else at the root', () => {
    const graph = routeToElkGraph(route);
    expect(graph.edges?.map((edge) => edge.id)).toEqual([
      'e:mentor->zat:refers',
      'e:zat->huisarts:refers',
    ]);
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

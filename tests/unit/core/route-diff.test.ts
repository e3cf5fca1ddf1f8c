import { describe, expect, it } from 'vitest';
import { diffRoutes } from '../../../src/core/reading/route-diff.ts';
import { makeEdge, makeNode, makeRoute } from '../factories.ts';

const labels = (nodes: { label: string }[]) => nodes.map((node) => node.label);
const pairs = (edges: { from: string; to: string }[]) =>
  edges.map((edge) => `${edge.from}→${edge.to}`);

describe('diffRoutes', () => {
  it('finds nothing between a route and itself', () => {
    const route = makeRoute();
    const diff = diffRoutes(route, route);
    expect(diff.matches).toHaveLength(3);
    expect([
      diff.nodesOnlyInA,
      diff.nodesOnlyInB,
      diff.edgesOnlyInA,
      diff.edgesOnlyInB,
      diff.consent,
    ]).toEqual([[], [], [], [], []]);
  });

  it('lists nodes and connections only in one route, matched by id', () => {
    const template = makeRoute();
    const school = makeRoute({
      nodes: [...template.nodes, makeNode('smw', { label: 'Schoolmaatschappelijk werker' })],
      edges: [makeEdge('mentor', 'ib'), makeEdge('mentor', 'smw')],
    });
    const diff = diffRoutes(school, template);
    expect(labels(diff.nodesOnlyInA)).toEqual(['Schoolmaatschappelijk werker']);
    expect(diff.nodesOnlyInB).toEqual([]);
    expect(pairs(diff.edgesOnlyInA)).toEqual(['mentor→smw']);
    expect(pairs(diff.edgesOnlyInB)).toEqual(['ib→zat']);
  });

  it('matches nodes with other ids by kind and label, ignoring case, accents and brackets', () => {
    const a = makeRoute({
      nodes: [
        makeNode('zoco', { label: 'Zorgcoördinator' }),
        makeNode('jgz', { kind: 'service', label: 'JGZ (jeugdarts)' }),
      ],
      edges: [makeEdge('zoco', 'jgz', { kind: 'consults' })],
    });
    const b = makeRoute({
      nodes: [
        makeNode('zorgcoordinator', { label: 'zorgcoordinator' }),
        makeNode('jeugdarts', { kind: 'service', label: 'JGZ' }),
      ],
      edges: [makeEdge('zorgcoordinator', 'jeugdarts', { kind: 'consults' })],
    });
    const diff = diffRoutes(a, b);
    expect(diff.matches.map((match) => [match.a.id, match.b.id, match.by])).toEqual([
      ['zoco', 'zorgcoordinator', 'label'],
      ['jgz', 'jeugdarts', 'label'],
    ]);
    expect(diff.edgesOnlyInA).toEqual([]);
    expect(diff.edgesOnlyInB).toEqual([]);
  });

  it('does not match equal labels of a different kind', () => {
    const a = makeRoute({ nodes: [makeNode('x', { kind: 'team', label: 'Zorgteam' })], edges: [] });
    const b = makeRoute({ nodes: [makeNode('y', { kind: 'step', label: 'Zorgteam' })], edges: [] });
    const diff = diffRoutes(a, b);
    expect(diff.matches).toEqual([]);
    expect(labels(diff.nodesOnlyInA)).toEqual(['Zorgteam']);
    expect(labels(diff.nodesOnlyInB)).toEqual(['Zorgteam']);
  });

  it('reports a connection between the same two nodes with another kind as a change', () => {
    const a = makeRoute();
    const b = makeRoute({
      edges: [
        makeEdge('mentor', 'ib', { kind: 'consults' }),
        makeEdge('ib', 'zat', { kind: 'escalates' }),
      ],
    });
    const diff = diffRoutes(a, b);
    expect(diff.edgeKindChanges.map((change) => [change.a.kind, change.b.kind])).toEqual([
      ['refers', 'consults'],
    ]);
    expect(diff.edgesOnlyInA).toEqual([]);
    expect(diff.edgesOnlyInB).toEqual([]);
  });

  it('reports consent asked in only one route, on nodes and on connections', () => {
    const a = makeRoute({
      nodes: [
        makeNode('mentor'),
        makeNode('ib', { consent: 'ouders' }),
        makeNode('zat', { kind: 'team' }),
      ],
      edges: [makeEdge('mentor', 'ib'), makeEdge('ib', 'zat', { kind: 'escalates' })],
    });
    const b = makeRoute({
      edges: [
        makeEdge('mentor', 'ib'),
        makeEdge('ib', 'zat', { kind: 'escalates', consent: 'leerling' }),
      ],
    });
    const diff = diffRoutes(a, b);
    expect(
      diff.consent.map((difference) => [difference.on, difference.a.consent, difference.b.consent]),
    ).toEqual([
      ['node', 'ouders', undefined],
      ['edge', undefined, 'leerling'],
    ]);
  });

  it('reports consent asked from someone else, but not a difference in spelling', () => {
    const a = makeRoute({ nodes: [makeNode('ib', { consent: 'Ouders.' })], edges: [] });
    const same = makeRoute({ nodes: [makeNode('ib', { consent: 'ouders' })], edges: [] });
    const other = makeRoute({ nodes: [makeNode('ib', { consent: 'leerling (16+)' })], edges: [] });
    expect(diffRoutes(a, same).consent).toEqual([]);
    expect(diffRoutes(a, other).consent).toHaveLength(1);
  });
});

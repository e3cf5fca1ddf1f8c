import { describe, expect, it } from 'vitest';
import { consentOnPath } from '../../../src/core/reading/path-consent.ts';
import { findWay, nearestReachable } from '../../../src/core/reading/find-way.ts';
import { shortestPath } from '../../../src/core/reading/route-paths.ts';
import { makeEdge, makeNode, makeRoute } from '../factories.ts';

const ids = (path: { nodes: string[] } | null) => path?.nodes.join(' → ');

describe('shortestPath', () => {
  it('follows the arrows and takes the fewest connections', () => {
    const route = makeRoute({
      nodes: ['a', 'b', 'c', 'd'].map((id) => makeNode(id)),
      edges: [makeEdge('a', 'b'), makeEdge('b', 'c'), makeEdge('c', 'd'), makeEdge('a', 'c')],
    });
    expect(ids(shortestPath(route, 'a', 'd'))).toBe('a → c → d');
    expect(shortestPath(route, 'a', 'd')?.hops.map((hop) => hop.against)).toEqual([false, false]);
  });

  it('does not walk against the arrows', () => {
    const route = makeRoute();
    expect(shortestPath(route, 'zat', 'mentor')).toBeNull();
  });

  it('terminates on cycles and finds the way out of one', () => {
    const route = makeRoute({
      nodes: ['a', 'b', 'c', 'exit'].map((id) => makeNode(id)),
      edges: [makeEdge('a', 'b'), makeEdge('b', 'c'), makeEdge('c', 'a'), makeEdge('c', 'exit')],
    });
    expect(ids(shortestPath(route, 'b', 'exit'))).toBe('b → c → exit');
    expect(ids(shortestPath(route, 'c', 'b'))).toBe('c → a → b');
  });

  it('breaks ties by the order of the edges in the file', () => {
    const route = makeRoute({
      nodes: ['a', 'x', 'y', 'z'].map((id) => makeNode(id)),
      edges: [makeEdge('a', 'y'), makeEdge('a', 'x'), makeEdge('x', 'z'), makeEdge('y', 'z')],
    });
    expect(ids(shortestPath(route, 'a', 'z'))).toBe('a → y → z');
  });

  it('avoids walking through a protocol when an ordinary way is not much longer', () => {
    const route = makeRoute({
      nodes: [
        makeNode('mentor'),
        makeNode('meldcode', { kind: 'protocol' }),
        makeNode('oc'),
        makeNode('zat', { kind: 'team' }),
        makeNode('jggz', { kind: 'service' }),
      ],
      edges: [
        makeEdge('mentor', 'meldcode'),
        makeEdge('meldcode', 'jggz'),
        makeEdge('mentor', 'oc'),
        makeEdge('oc', 'zat'),
        makeEdge('zat', 'jggz'),
      ],
    });
    expect(ids(shortestPath(route, 'mentor', 'jggz'))).toBe('mentor → oc → zat → jggz');
    // Starting or ending at the protocol costs nothing extra.
    expect(ids(shortestPath(route, 'meldcode', 'jggz'))).toBe('meldcode → jggz');
    expect(ids(shortestPath(route, 'mentor', 'meldcode'))).toBe('mentor → meldcode');
  });

  it('ignores direction when asked, marking hops taken against the arrow', () => {
    const route = makeRoute();
    const path = shortestPath(route, 'zat', 'mentor', 'undirected');
    expect(ids(path)).toBe('zat → ib → mentor');
    expect(path?.hops.map((hop) => hop.against)).toEqual([true, true]);
  });

  it('returns null for an unknown node and a path of no hops to itself', () => {
    const route = makeRoute();
    expect(shortestPath(route, 'bestaat-niet', 'ib')).toBeNull();
    expect(shortestPath(route, 'ib', 'ib')).toEqual({ nodes: ['ib'], hops: [] });
  });
});

describe('findWay', () => {
  it('finds the way when the arrows lead there', () => {
    const way = findWay(makeRoute(), 'mentor', 'zat');
    expect(way.found && ids(way.path)).toBe('mentor → ib → zat');
  });

  it('says there is no way and offers the way back and the connection against the arrows', () => {
    const route = makeRoute({
      nodes: ['huisarts', 'ot', 'zoco'].map((id) => makeNode(id)),
      edges: [makeEdge('ot', 'huisarts'), makeEdge('zoco', 'ot')],
    });
    const way = findWay(route, 'huisarts', 'zoco');
    expect(way.found).toBe(false);
    if (way.found) return;
    expect(ids(way.reverse)).toBe('zoco → ot → huisarts');
    expect(ids(way.connection)).toBe('huisarts → ot → zoco');
    expect(way.connection?.hops.every((hop) => hop.against)).toBe(true);
    // Nothing reachable from the huisarts is closer to the zoco than the huisarts itself.
    expect(way.nearest?.path.hops).toEqual([]);
  });

  it('offers the reachable node closest to the target', () => {
    // huisarts → ggz → advies;  zoco → ot → advies: the arrows from the huisarts end at advies.
    const route = makeRoute({
      nodes: ['huisarts', 'ggz', 'advies', 'ot', 'zoco'].map((id) => makeNode(id)),
      edges: [
        makeEdge('huisarts', 'ggz'),
        makeEdge('ggz', 'advies'),
        makeEdge('zoco', 'ot'),
        makeEdge('ot', 'advies'),
      ],
    });
    const way = findWay(route, 'huisarts', 'zoco');
    if (way.found) throw new Error('expected no way');
    expect(way.reverse).toBeNull();
    expect(ids(way.nearest?.path ?? null)).toBe('huisarts → ggz → advies');
    expect(way.nearest?.remaining).toBe(2);
    expect(way.connection?.hops.map((hop) => hop.against)).toEqual([false, false, true, true]);
  });

  it('offers nothing when the two are not connected at all', () => {
    const route = makeRoute({
      nodes: ['a', 'b', 'c'].map((id) => makeNode(id)),
      edges: [makeEdge('a', 'b')],
    });
    expect(findWay(route, 'a', 'c')).toEqual({
      found: false,
      connection: null,
      reverse: null,
      nearest: null,
    });
  });
});

describe('nearestReachable', () => {
  it('prefers the node reached in fewer steps when two are equally close', () => {
    const route = makeRoute({
      nodes: ['a', 'b', 'c', 'goal'].map((id) => makeNode(id)),
      edges: [makeEdge('a', 'b'), makeEdge('b', 'c'), makeEdge('goal', 'b'), makeEdge('goal', 'c')],
    });
    expect(ids(nearestReachable(route, 'a', 'goal')?.path ?? null)).toBe('a → b');
  });
});

describe('consentOnPath', () => {
  it('lists consent on steps and on connections in walking order', () => {
    const route = makeRoute({
      nodes: [
        makeNode('mentor'),
        makeNode('toestemming', { kind: 'consent', consent: 'ouders tekenen' }),
        makeNode('ot', { kind: 'team' }),
        makeNode('wijkteam', { kind: 'service' }),
      ],
      edges: [
        makeEdge('mentor', 'toestemming'),
        makeEdge('toestemming', 'ot'),
        makeEdge('ot', 'wijkteam', { consent: 'ouders stemmen in met aanmelding' }),
      ],
    });
    const path = shortestPath(route, 'mentor', 'wijkteam')!;
    expect(consentOnPath(route, path)).toEqual([
      expect.objectContaining({ at: 'node', step: 2, consent: 'ouders tekenen' }),
      expect.objectContaining({ at: 'edge', step: 3, consent: 'ouders stemmen in met aanmelding' }),
    ]);
  });

  it('is empty when nothing on the way asks consent', () => {
    const route = makeRoute();
    expect(consentOnPath(route, shortestPath(route, 'mentor', 'zat')!)).toEqual([]);
  });
});

/** Small builders for test routes: each test states only what matters to it. */
import type { Route, RouteEdge, RouteGroup, RouteNode } from '../../src/core/route/route-schema.ts';

export function makeNode(id: string, overrides: Partial<RouteNode> = {}): RouteNode {
  return { id, kind: 'role', label: id.replace(/-/g, ' '), ...overrides };
}

export function makeEdge(from: string, to: string, overrides: Partial<RouteEdge> = {}): RouteEdge {
  return { from, to, kind: 'refers', ...overrides };
}

export function makeGroup(id: string, overrides: Partial<RouteGroup> = {}): RouteGroup {
  return { id, label: id, ...overrides };
}

/** A small valid template route: mentor → ib → zat. */
export function makeRoute(overrides: Partial<Route> = {}): Route {
  return {
    version: 1,
    kind: 'template',
    sector: 'po',
    title: 'Testroute',
    verified: '2026-10-01',
    maintainer: 'intern begeleider',
    nodes: [makeNode('mentor'), makeNode('ib'), makeNode('zat', { kind: 'team' })],
    edges: [makeEdge('mentor', 'ib'), makeEdge('ib', 'zat', { kind: 'escalates' })],
    ...overrides,
  };
}

/** A chain of n nodes, each referring to the next, for size and layout tests. */
export function makeChainRoute(count: number): Route {
  const nodes = Array.from({ length: count }, (_, index) => makeNode(`n${index}`));
  const edges = nodes.slice(1).map((node, index) => makeEdge(`n${index}`, node.id));
  return makeRoute({ nodes, edges });
}

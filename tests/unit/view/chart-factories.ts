/** Small routes and matching layouts for chart tests, built by hand (no ELK). */
import type {
  EdgeKind,
  NodeKind,
  Route,
  RouteEdge,
  RouteNode,
} from '../../../src/core/route/route-schema.ts';
import { edgeId, type LaidOutNode, type RouteLayout } from '../../../src/layout/layout-types.ts';

export function makeNode(
  id: string,
  kind: NodeKind,
  label: string,
  extra: Partial<RouteNode> = {},
): RouteNode {
  return { id, kind, label, ...extra };
}

export function makeEdge(from: string, to: string, kind: EdgeKind, label?: string): RouteEdge {
  return label === undefined ? { from, to, kind } : { from, to, kind, label };
}

export function makeRoute(
  nodes: RouteNode[],
  edges: RouteEdge[] = [],
  extra: Partial<Route> = {},
): Route {
  return {
    version: 1,
    kind: 'template',
    title: 'Ondersteuningsroute',
    sector: 'po',
    verified: '2026-11-01',
    maintainer: 'zorgcoördinator',
    nodes,
    edges,
    ...extra,
  };
}

/** A layout with the nodes in one column, 160×60 each, 40 apart; edges straight down. */
export function columnLayout(route: Route): RouteLayout {
  const nodes: LaidOutNode[] = route.nodes.map((node, index) => ({
    id: node.id,
    x: 16,
    y: 16 + index * 100,
    width: 160,
    height: 60,
    lines: [node.label],
  }));
  const boxes = new Map(nodes.map((node) => [node.id, node]));
  const edges = route.edges.map((edge) => {
    const from = boxes.get(edge.from)!;
    const to = boxes.get(edge.to)!;
    const start = { x: from.x + 80, y: from.y + 60 };
    const end = { x: to.x + 80, y: to.y };
    const middle = { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 };
    return {
      id: edgeId(edge),
      from: edge.from,
      to: edge.to,
      points: [start, end],
      ...(edge.label
        ? {
            label: {
              x: middle.x - 30,
              y: middle.y - 10,
              width: 60,
              height: 20,
              lines: [edge.label],
            },
          }
        : {}),
    };
  });
  return { width: 192, height: 16 + route.nodes.length * 100, nodes, groups: [], edges };
}

/** Mentor → IB → ondersteuningsteam, with a group around the first two. */
export function sampleRoute(): { route: Route; layout: RouteLayout } {
  const route = makeRoute(
    [
      makeNode('mentor', 'role', 'Mentor', { group: 'school' }),
      makeNode('ib', 'role', 'Intern begeleider', { group: 'school' }),
      makeNode('ot', 'team', 'Ondersteuningsteam'),
    ],
    [makeEdge('mentor', 'ib', 'refers', 'zorgen over gedrag'), makeEdge('ib', 'ot', 'consults')],
    { groups: [{ id: 'school', label: 'Eerste schil' }] },
  );
  const layout = columnLayout(route);
  layout.groups.push({
    id: 'school',
    x: 4,
    y: 4,
    width: 184,
    height: 190,
    lines: ['Eerste schil'],
  });
  return { route, layout };
}

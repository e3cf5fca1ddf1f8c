/**
 * A realistic large route for the layout benchmark: two bundled templates side by side in
 * one file (ids prefixed), joined by one edge. Real routes label most edges and leave a third
 * of their steps outside groups, which costs ELK far more than the synthetic tree does.
 */
import { readFileSync } from 'node:fs';
import type { Route } from '../src/core/route/route-schema.ts';

function readTemplate(slug: string): Route {
  return JSON.parse(readFileSync(`content/routes/${slug}.json`, 'utf8')) as Route;
}

function prefixed(route: Route, prefix: string): Pick<Route, 'groups' | 'nodes' | 'edges'> {
  return {
    groups: (route.groups ?? []).map((group) => ({ ...group, id: prefix + group.id })),
    nodes: route.nodes.map((node) => ({
      ...node,
      id: prefix + node.id,
      ...(node.group ? { group: prefix + node.group } : {}),
    })),
    edges: route.edges.map((edge) => ({ ...edge, from: prefix + edge.from, to: prefix + edge.to })),
  };
}

export function sideBySideRoute(first = 'template-vo', second = 'template-mbo'): Route {
  const a = prefixed(readTemplate(first), 'a-');
  const b = prefixed(readTemplate(second), 'b-');
  const base = readTemplate(first);
  return {
    ...base,
    title: `${first} en ${second} naast elkaar`,
    groups: [...(a.groups ?? []), ...(b.groups ?? [])],
    nodes: [...a.nodes, ...b.nodes],
    edges: [...a.edges, ...b.edges, { from: a.nodes[0]!.id, to: b.nodes[0]!.id, kind: 'informs' }],
  };
}

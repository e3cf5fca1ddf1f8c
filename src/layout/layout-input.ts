/**
 * The parts of a route its layout depends on: node ids, kinds, labels and groups; edge
 * ends, kinds and labels; group ids and labels (see route-to-elk.ts and elk-to-layout.ts).
 * Two routes with the same key get the same layout, so the editor skips ELK when only a
 * description, a contact or the school's name changed. Keep this in step with those two
 * modules: layout-input.test.ts checks that every other field leaves the layout alone.
 */
import type { Route } from '../core/route/route-schema.ts';

export function layoutInputKey(route: Route): string {
  return JSON.stringify([
    route.nodes.map((node) => [node.id, node.kind, node.label, node.group ?? null]),
    route.edges.map((edge) => [edge.from, edge.to, edge.kind, edge.label ?? null]),
    (route.groups ?? []).map((group) => [group.id, group.label]),
  ]);
}

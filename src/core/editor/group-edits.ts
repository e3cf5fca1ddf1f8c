/** Pure edits of a route's groups. Ids change only through id-change.ts. */
import type { Route, RouteGroup } from '../route/route-schema.ts';
import { slugify, uniqueId } from './new-ids.ts';
import { type Patch, applyPatch, omitKey, removeAt, replaceAt } from './patch.ts';

/** Every field but the id: ids change only through id-change.ts, as one whole edit. */
export type GroupPatch = Patch<Omit<RouteGroup, 'id'>>;

export function newGroup(route: Route, label: string): RouteGroup {
  const id = uniqueId(
    slugify(label, 'groep'),
    (route.groups ?? []).map((group) => group.id),
  );
  return { id, label };
}

export function addGroup(route: Route, group: RouteGroup): Route {
  return { ...route, groups: [...(route.groups ?? []), group] };
}

export function renameGroup(route: Route, index: number, label: string): Route {
  return updateGroup(route, index, { label });
}

export function updateGroup(route: Route, index: number, patch: GroupPatch): Route {
  const groups = route.groups ?? [];
  const group = groups[index];
  if (!group) return route;
  return { ...route, groups: replaceAt(groups, index, applyPatch<RouteGroup>(group, patch)) };
}

/** Removes a group; its nodes stay, outside any group. The last group removes the field. */
export function removeGroup(route: Route, index: number): Route {
  const groups = route.groups ?? [];
  const group = groups[index];
  if (!group) return route;
  const rest = removeAt(groups, index);
  const stillNamed = rest.some((other) => other.id === group.id);
  const nodes = stillNamed
    ? route.nodes
    : route.nodes.map((node) => (node.group === group.id ? omitKey(node, 'group') : node));
  const withoutGroups = omitKey(route, 'groups');
  return rest.length > 0 ? { ...withoutGroups, groups: rest, nodes } : { ...withoutGroups, nodes };
}

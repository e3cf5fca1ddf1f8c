/**
 * Changing the id of a step or a group: one whole edit, applied when the user is done typing
 * (Enter or leaving the field), never per keystroke. Typed letter by letter, an id passes
 * through other ids ("mentor-2" → "mentor-" → "mentor"): applying each one would carry the
 * connections to whichever step had that id. A taken or malformed id is refused with a
 * message instead, so two steps (or groups) are never merged.
 */
import type { Route, RouteEdge, RouteGroup, RouteNode } from '../route/route-schema.ts';
import { ID_PATTERN } from '../schema-fields.ts';
import { replaceAt } from './patch.ts';

export type IdChange = { ok: true; route: Route } | { ok: false; message: string };

const INVALID_ID =
  'Een id bestaat uit kleine letters, cijfers en streepjes, begint met een letter of cijfer en is hoogstens 64 tekens lang.';

/** Why `id` cannot be the new id of item `index` among `items`, or null when it can. */
function refusal(
  items: readonly { id: string; label: string }[],
  index: number,
  id: string,
  noun: string,
): string | null {
  if (id === '') return 'Een id mag niet leeg zijn.';
  if (!ID_PATTERN.test(id)) return INVALID_ID;
  const owner = items.find((item, at) => at !== index && item.id === id);
  if (!owner) return null;
  const name = owner.label.trim() || owner.id;
  return `De id "${id}" hoort al bij ${noun} "${name}". Kies een andere id.`;
}

export function changeNodeId(route: Route, index: number, typed: string): IdChange {
  const node = route.nodes[index];
  if (!node) return { ok: false, message: 'Deze stap bestaat niet meer.' };
  const id = typed.trim();
  if (id === node.id) return { ok: true, route };
  const refused = refusal(route.nodes, index, id, 'stap');
  if (refused) return { ok: false, message: refused };
  const nodes = replaceAt<RouteNode>(route.nodes, index, { ...node, id });
  // A draft may hold the old id twice: the connections then stay with the other step.
  if (nodes.some((other) => other.id === node.id)) return { ok: true, route: { ...route, nodes } };
  const rename = (end: string) => (end === node.id ? id : end);
  const edges = route.edges.map((edge): RouteEdge =>
    edge.from === node.id || edge.to === node.id
      ? { ...edge, from: rename(edge.from), to: rename(edge.to) }
      : edge,
  );
  return { ok: true, route: { ...route, nodes, edges } };
}

export function changeGroupId(route: Route, index: number, typed: string): IdChange {
  const groups = route.groups ?? [];
  const group = groups[index];
  if (!group) return { ok: false, message: 'Deze groep bestaat niet meer.' };
  const id = typed.trim();
  if (id === group.id) return { ok: true, route };
  const refused = refusal(groups, index, id, 'groep');
  if (refused) return { ok: false, message: refused };
  const next = { ...route, groups: replaceAt<RouteGroup>(groups, index, { ...group, id }) };
  if (next.groups.some((other) => other.id === group.id)) return { ok: true, route: next };
  const nodes = route.nodes.map((node) =>
    node.group === group.id ? { ...node, group: id } : node,
  );
  return { ok: true, route: { ...next, nodes } };
}

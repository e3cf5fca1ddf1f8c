/**
 * The overview of a big route: its parts (the groups, and the loose steps between them) in
 * the order a worry passes them, and where the main flow goes on from each part. A route of
 * 40 or more steps opens with this overview, like the table of contents of a paper
 * procesplaat, because the whole chart fitted to a screen is too small to read; the reader
 * opens one part at a readable size. Pure and zod-free.
 */
import { isFlowKind, nodeBands } from './route-flow.ts';
import type { EdgeKind } from './route-kinds.ts';

export { OVERVIEW_FROM_STEPS, hasOverview, opensWithOverview } from './overview-rules.ts';

interface OverviewRoute {
  nodes: readonly { id: string; label: string; group?: string | undefined }[];
  edges: readonly { from: string; to: string; kind: EdgeKind }[];
  groups?: readonly { id: string; label: string }[] | undefined;
}

/** A group with its steps, or one step outside every group. */
export type OverviewPart =
  | { kind: 'group'; key: string; id: string; label: string; stepIds: string[] }
  | { kind: 'step'; key: string; id: string; label: string };

export interface OverviewRow {
  parts: OverviewPart[];
}

export interface RouteOverview {
  /** Top to bottom, as the bands of the chart. */
  rows: OverviewRow[];
  /** Part key → keys of the parts the main flow goes on to, in row order. */
  next: ReadonlyMap<string, readonly string[]>;
}

export function routeOverview(route: OverviewRoute): RouteOverview {
  const bands = nodeBands(route);
  const groups = new Map((route.groups ?? []).map((group) => [group.id, group]));
  const partOf = new Map<string, OverviewPart>();
  const rowOfPart = new Map<OverviewPart, number>();
  const groupParts = new Map<string, OverviewPart & { kind: 'group' }>();
  const byBand = new Map<number, OverviewPart[]>();
  for (const node of route.nodes) {
    const group = node.group === undefined ? undefined : groups.get(node.group);
    const known = group && groupParts.get(group.id);
    if (known) {
      known.stepIds.push(node.id);
      partOf.set(node.id, known);
      continue;
    }
    const part: OverviewPart = group
      ? {
          kind: 'group',
          key: `groep:${group.id}`,
          id: group.id,
          label: group.label,
          stepIds: [node.id],
        }
      : { kind: 'step', key: `stap:${node.id}`, id: node.id, label: node.label };
    if (group && part.kind === 'group') groupParts.set(group.id, part);
    const band = bands.get(node.id) ?? 0;
    byBand.set(band, [...(byBand.get(band) ?? []), part]);
    rowOfPart.set(part, band);
    partOf.set(node.id, part);
  }
  const bandOrder = [...byBand.keys()].sort((a, b) => a - b);
  const rows = bandOrder.map((band) => ({ parts: byBand.get(band) ?? [] }));
  return { rows, next: nextParts(route, partOf, rowOfPart) };
}

function nextParts(
  route: OverviewRoute,
  partOf: ReadonlyMap<string, OverviewPart>,
  rowOfPart: ReadonlyMap<OverviewPart, number>,
): Map<string, string[]> {
  const targets = new Map<string, Set<OverviewPart>>();
  for (const edge of route.edges) {
    if (!isFlowKind(edge.kind)) continue;
    const from = partOf.get(edge.from);
    const to = partOf.get(edge.to);
    if (!from || !to || from === to) continue;
    targets.set(from.key, (targets.get(from.key) ?? new Set()).add(to));
  }
  const next = new Map<string, string[]>();
  for (const [key, parts] of targets) {
    const sorted = [...parts].sort((a, b) => (rowOfPart.get(a) ?? 0) - (rowOfPart.get(b) ?? 0));
    next.set(
      key,
      sorted.map((part) => part.key),
    );
  }
  return next;
}

/**
 * The main flow of a route: the way a question travels (verwijst, schaalt op, meldt), as
 * opposed to the relations around it (vraagt advies, koppelt terug, neemt deel). The chart
 * lays out and always draws the flow; the other relations are drawn on demand, so they
 * never tangle the picture. Also which band (level) each node sits in.
 * Pure and zod-free: the layout, the chart and the editor all read it.
 */
import type { EdgeKind } from './route-kinds.ts';
import { groupsInFlowOrder } from './band-order.ts';

interface FlowNode {
  id: string;
  group?: string | undefined;
}
interface FlowEdge {
  from: string;
  to: string;
  kind: EdgeKind;
}
interface FlowRoute {
  nodes: readonly FlowNode[];
  edges: readonly FlowEdge[];
  groups?: readonly { id: string }[] | undefined;
}

/** Edge kinds that move a question on: a step in the way a worry travels. */
const FLOW_KIND: Record<EdgeKind, boolean> = {
  refers: true,
  escalates: true,
  reports: true,
  consults: false,
  informs: false,
  member: false,
};

export function isFlowKind(kind: EdgeKind): boolean {
  return FLOW_KIND[kind];
}

/**
 * The edges the layout is built from: every flow edge, plus the way into a node that no
 * flow edge reaches (a leerlingbespreking the mentor takes part in, an IB'er the leerkracht
 * asks for advice), if it comes from a node earlier in the file, so the node still sits
 * below where its question comes from. Every other edge is drawn on demand.
 */
export function layoutEdges<E extends FlowEdge>(route: {
  nodes: readonly FlowNode[];
  edges: readonly E[];
}): E[] {
  const order = new Map(route.nodes.map((node, index) => [node.id, index]));
  const reachedByFlow = new Set(
    route.edges.filter((edge) => isFlowKind(edge.kind)).map((edge) => edge.to),
  );
  return route.edges.filter((edge) => {
    if (isFlowKind(edge.kind)) return true;
    const from = order.get(edge.from);
    const to = order.get(edge.to);
    return !reachedByFlow.has(edge.to) && from !== undefined && to !== undefined && from < to;
  });
}

/**
 * The band of every group: odd bands, in the order the flow passes them (band-order.ts),
 * leaving the even bands between them for steps outside every group.
 */
export function groupBands(route: FlowRoute): Map<string, number> {
  const order = groupsInFlowOrder(route.groups ?? [], route.nodes, layoutEdges(route));
  return new Map(order.map((id, index) => [id, 2 * index + 1]));
}

/**
 * Band (layer range) of every node, top to bottom: a group's band from groupBands; a node outside every group sits in an even band between the groups, just below
 * the band its flow comes from (or just above the band it leads to), so "Extra ondersteuning
 * nodig?" stands between the eerste and the tweede schil.
 */
export function nodeBands(route: FlowRoute): Map<string, number> {
  const groupBand = groupBands(route);
  const bands = new Map<string, number>();
  const grouped = new Set<string>();
  for (const node of route.nodes) {
    const band = node.group === undefined ? undefined : groupBand.get(node.group);
    if (band !== undefined) {
      bands.set(node.id, band);
      grouped.add(node.id);
    }
  }
  const edges = layoutEdges(route);
  // Loose nodes take their band from their neighbours; bounded, since chains of loose nodes
  // settle within one pass per node.
  for (let pass = 0, changed = true; changed && pass <= route.nodes.length; pass += 1) {
    changed = false;
    for (const node of route.nodes) {
      if (grouped.has(node.id)) continue;
      const band = looseNodeBand(node.id, edges, bands, grouped);
      if (band !== undefined && band !== bands.get(node.id)) {
        bands.set(node.id, band);
        changed = true;
      }
    }
  }
  for (const node of route.nodes) if (!bands.has(node.id)) bands.set(node.id, 0);
  return bands;
}

function looseNodeBand(
  id: string,
  edges: readonly FlowEdge[],
  bands: ReadonlyMap<string, number>,
  grouped: ReadonlySet<string>,
): number | undefined {
  const after: number[] = [];
  const before: number[] = [];
  for (const edge of edges) {
    const fromBand = bands.get(edge.from);
    const toBand = bands.get(edge.to);
    if (edge.to === id && edge.from !== id && fromBand !== undefined)
      after.push(grouped.has(edge.from) ? fromBand + 1 : fromBand);
    if (edge.from === id && edge.to !== id && toBand !== undefined)
      before.push(grouped.has(edge.to) ? toBand - 1 : toBand);
  }
  if (after.length > 0) return Math.max(...after);
  if (before.length > 0) return Math.max(0, Math.min(...before));
  return undefined;
}

/**
 * The order of the bands. The file's order of the groups is the author's (eerste schil,
 * tweede schil, buiten school), with one correction: a group that only hands over to the
 * group listed before it, and receives nothing from it, stands above it. So the legal routes
 * (meldcode, verzuim) stand above the partners outside school they report to, and no arrow
 * has to climb the whole chart. Pure.
 */
interface OrderNode {
  id: string;
  group?: string | undefined;
}
interface OrderEdge {
  from: string;
  to: string;
}

export function groupsInFlowOrder(
  groups: readonly { id: string }[],
  nodes: readonly OrderNode[],
  edges: readonly OrderEdge[],
): string[] {
  const groupOf = new Map(nodes.map((node) => [node.id, node.group]));
  const flows = new Set<string>();
  for (const edge of edges) {
    const from = groupOf.get(edge.from);
    const to = groupOf.get(edge.to);
    if (from !== undefined && to !== undefined && from !== to) flows.add(`${from}>${to}`);
  }
  const order = groups.map((group) => group.id);
  // Bubble passes, bounded: each swap moves a group up past one that only receives from it.
  for (let pass = 0; pass < order.length; pass += 1) {
    let swapped = false;
    for (let index = 0; index + 1 < order.length; index += 1) {
      const above = order[index] as string;
      const below = order[index + 1] as string;
      if (flows.has(`${below}>${above}`) && !flows.has(`${above}>${below}`)) {
        order[index] = below;
        order[index + 1] = above;
        swapped = true;
      }
    }
    if (!swapped) break;
  }
  return order;
}

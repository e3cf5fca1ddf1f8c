/**
 * The network graph → ELK's input and ELK's answer → NetworkLayout. Node boxes are measured
 * like route nodes (measure.ts): a badge line over the wrapped name, so the drawing can reuse
 * the route chart's text metrics and never measures text in the browser.
 */
import type { ElkEdgeSection, ElkNode } from './elk-graph-types.ts';
import type { Point } from './layout-types.ts';
import {
  BADGE_FONT_SIZE,
  BADGE_GAP,
  BADGE_LINE_HEIGHT,
  GROUP_LABEL_GAP,
  GROUP_PADDING,
  groupLabelSize,
  LABEL_FONT_SIZE,
  LABEL_LINE_HEIGHT,
  limitLines,
  NODE_MAX_LINES,
  NODE_MAX_WIDTH,
  NODE_MIN_WIDTH,
  NODE_PADDING,
  textWidth,
  wrapText,
} from './measure.ts';
import { type NetworkLayout, networkNodeKey } from './network-layout-types.ts';
import type { NetworkGraph, NetworkGraphEdge } from './social-network-graph.ts';
import { NETWORK_CLUSTER_OPTIONS, NETWORK_ROOT_OPTIONS } from './social-network-options.ts';

const ROOT_ID = 'netwerk';
const clusterId = (domain: string) => `d:${domain}`;
const edgeId = (edge: NetworkGraphEdge) =>
  `e:${edge.kind}:${networkNodeKey(edge.from)}>${networkNodeKey(edge.to)}`;
const round = (value: number) => Math.round(value * 10) / 10;

export function networkNodeSize(
  badge: string,
  label: string,
): { width: number; height: number; lines: string[] } {
  const maxText = NODE_MAX_WIDTH - 2 * NODE_PADDING.x;
  const lines = limitLines(
    wrapText(label, maxText, LABEL_FONT_SIZE),
    NODE_MAX_LINES,
    maxText,
    LABEL_FONT_SIZE,
  );
  const widest = Math.max(
    textWidth(badge, BADGE_FONT_SIZE),
    ...lines.map((line) => textWidth(line, LABEL_FONT_SIZE)),
  );
  const width = Math.min(
    NODE_MAX_WIDTH,
    Math.max(NODE_MIN_WIDTH, Math.ceil(widest + 2 * NODE_PADDING.x)),
  );
  const height =
    BADGE_LINE_HEIGHT +
    BADGE_GAP +
    Math.max(1, lines.length) * LABEL_LINE_HEIGHT +
    2 * NODE_PADDING.y;
  return { width, height, lines };
}

/** The edges drawn: only those inside one domain (see social-network-options.ts). */
export function drawnNetworkEdges(graph: NetworkGraph): NetworkGraphEdge[] {
  const domains = new Map(graph.nodes.map((node) => [networkNodeKey(node), node.domain]));
  return graph.edges.filter(
    (edge) => domains.get(networkNodeKey(edge.from)) === domains.get(networkNodeKey(edge.to)),
  );
}

export function networkToElkGraph(graph: NetworkGraph): ElkNode {
  const edges = drawnNetworkEdges(graph);
  const domainOf = new Map(graph.nodes.map((node) => [networkNodeKey(node), node.domain]));
  const clusters = graph.clusters.map((cluster): ElkNode => {
    const top = GROUP_PADDING + groupLabelSize(cluster.label).height + GROUP_LABEL_GAP;
    return {
      id: clusterId(cluster.domain),
      layoutOptions: {
        ...NETWORK_CLUSTER_OPTIONS,
        'elk.padding': `[top=${top},left=${GROUP_PADDING},bottom=${GROUP_PADDING},right=${GROUP_PADDING}]`,
      },
      children: graph.nodes
        .filter((node) => node.domain === cluster.domain)
        .map((node) => {
          const { width, height } = networkNodeSize(node.badge, node.label);
          return { id: networkNodeKey(node), width, height };
        }),
      edges: edges
        .filter((edge) => domainOf.get(networkNodeKey(edge.from)) === cluster.domain)
        .map((edge) => ({
          id: edgeId(edge),
          sources: [networkNodeKey(edge.from)],
          targets: [networkNodeKey(edge.to)],
        })),
    };
  });
  return { id: ROOT_ID, layoutOptions: NETWORK_ROOT_OPTIONS, children: clusters };
}

export function elkToNetworkLayout(graph: NetworkGraph, laidOut: ElkNode): NetworkLayout {
  const origins = new Map<string, { node: ElkNode; x: number; y: number }>([
    [ROOT_ID, { node: laidOut, x: 0, y: 0 }],
  ]);
  const visit = (parent: ElkNode, x: number, y: number): void => {
    for (const child of parent.children ?? []) {
      const origin = { node: child, x: x + (child.x ?? 0), y: y + (child.y ?? 0) };
      origins.set(child.id, origin);
      visit(child, origin.x, origin.y);
    }
  };
  visit(laidOut, 0, 0);
  const box = (id: string) => {
    const found = origins.get(id);
    return {
      x: round(found?.x ?? 0),
      y: round(found?.y ?? 0),
      width: round(found?.node.width ?? 0),
      height: round(found?.node.height ?? 0),
    };
  };
  const elkEdges = new Map(
    (laidOut.children ?? []).flatMap((cluster) =>
      (cluster.edges ?? []).map((edge) => [edge.id, { edge, cluster: cluster.id }] as const),
    ),
  );
  return {
    width: round(laidOut.width ?? 0),
    height: round(laidOut.height ?? 0),
    clusters: graph.clusters.map((cluster) => ({
      domain: cluster.domain,
      ...box(clusterId(cluster.domain)),
      lines: groupLabelSize(cluster.label).lines,
    })),
    nodes: graph.nodes.map((node) => ({
      kind: node.kind,
      id: node.id,
      domain: node.domain,
      badge: node.badge,
      ...box(networkNodeKey(node)),
      lines: networkNodeSize(node.badge, node.label).lines,
    })),
    edges: drawnNetworkEdges(graph).map((edge) => {
      const found = elkEdges.get(edgeId(edge));
      // Section points are relative to the edge's container (see elk-to-layout.ts): here
      // always the cluster, as both ends are in it and clusters are laid out separately.
      const container = origins.get(found?.edge.container ?? found?.cluster ?? ROOT_ID) ?? {
        x: 0,
        y: 0,
      };
      const domain = graph.nodes.find(
        (node) => node.kind === edge.from.kind && node.id === edge.from.id,
      )!.domain;
      return {
        kind: edge.kind,
        domain,
        from: edge.from,
        to: edge.to,
        points: sectionPoints(found?.edge.sections ?? [], container),
      };
    }),
  };
}

function sectionPoints(
  sections: readonly ElkEdgeSection[],
  offset: { x: number; y: number },
): Point[] {
  return sections
    .flatMap((section) => [section.startPoint, ...(section.bendPoints ?? []), section.endPoint])
    .map((point) => ({ x: round(point.x + offset.x), y: round(point.y + offset.y) }))
    .filter(
      (point, index, all) =>
        index === 0 || point.x !== all[index - 1]!.x || point.y !== all[index - 1]!.y,
    );
}

/**
 * The computed layout of the social map's network view: organisations and roles in one box per
 * domain, in absolute chart units. Made at build time; the page draws it as plain SVG.
 */
import type { Domain } from '../core/socialmap/social-map-kinds.ts';
import type { Box, Point } from './layout-types.ts';

export const NETWORK_NODE_KINDS = ['organisation', 'role'] as const;
export type NetworkNodeKind = (typeof NETWORK_NODE_KINDS)[number];

/** "works here" (organisation → role) and "refers to" (role → organisation). */
export const NETWORK_EDGE_KINDS = ['has-role', 'refers'] as const;
export type NetworkEdgeKind = (typeof NETWORK_EDGE_KINDS)[number];

export interface NetworkNode extends Box {
  kind: NetworkNodeKind;
  /** The cluster it is drawn in. */
  domain: Domain;
  /** The organisation's or role's id; unique per kind. */
  id: string;
  /** The badge line: the organisation kind, or "Rol". */
  badge: string;
  /** The name wrapped into lines that fit the box. */
  lines: string[];
}

export interface NetworkCluster extends Box {
  domain: Domain;
  lines: string[];
}

export interface NetworkEdge {
  kind: NetworkEdgeKind;
  /** Both ends are in this domain's cluster: edges between domains are not drawn. */
  domain: Domain;
  from: { kind: NetworkNodeKind; id: string };
  to: { kind: NetworkNodeKind; id: string };
  points: Point[];
}

export interface NetworkLayout {
  width: number;
  height: number;
  clusters: NetworkCluster[];
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

/** A key unique over both node kinds, for ELK ids and React keys. */
export function networkNodeKey(node: { kind: NetworkNodeKind; id: string }): string {
  return `${node.kind}:${node.id}`;
}

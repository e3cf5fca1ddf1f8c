/**
 * Social map → the network to draw: organisations and roles as nodes, one cluster per domain,
 * "works here" and "refers to" as edges. Pure and ELK-free; social-network-to-elk.ts turns it
 * into ELK's input. Roles sit in the domain roles.json gives them.
 */
import {
  DOMAIN_LABELS,
  DOMAINS,
  ORGANISATION_KIND_LABELS,
  type Domain,
} from '../core/socialmap/social-map-kinds.ts';
import type { SocialMap } from '../core/socialmap/social-map-schema.ts';
import type { NetworkEdgeKind, NetworkNodeKind } from './network-layout-types.ts';
import { networkNodeKey } from './network-layout-types.ts';

export interface NetworkGraphNode {
  kind: NetworkNodeKind;
  id: string;
  domain: Domain;
  badge: string;
  label: string;
}

export interface NetworkGraphEdge {
  kind: NetworkEdgeKind;
  from: { kind: NetworkNodeKind; id: string };
  to: { kind: NetworkNodeKind; id: string };
}

export interface NetworkGraph {
  clusters: { domain: Domain; label: string }[];
  nodes: NetworkGraphNode[];
  edges: NetworkGraphEdge[];
}

export const ROLE_BADGE = 'Rol';

export function socialNetworkGraph(map: SocialMap): NetworkGraph {
  const roleIds = new Set(map.roles.map((role) => role.id));
  const nodes: NetworkGraphNode[] = [
    ...map.organisations.map((organisation) => ({
      kind: 'organisation' as const,
      id: organisation.id,
      domain: organisation.domain,
      badge: ORGANISATION_KIND_LABELS[organisation.kind],
      label: organisation.name,
    })),
    ...map.roles.map((role) => ({
      kind: 'role' as const,
      id: role.id,
      domain: role.domain,
      badge: ROLE_BADGE,
      label: role.label,
    })),
  ];
  const edges = new Map<string, NetworkGraphEdge>();
  const add = (edge: NetworkGraphEdge) =>
    edges.set(`${edge.kind}|${networkNodeKey(edge.from)}|${networkNodeKey(edge.to)}`, edge);
  for (const organisation of map.organisations) {
    const self = { kind: 'organisation' as const, id: organisation.id };
    for (const service of organisation.services) {
      if (roleIds.has(service.role))
        add({ kind: 'has-role', from: self, to: { kind: 'role', id: service.role } });
      for (const referrer of service.referredBy ?? [])
        if (roleIds.has(referrer))
          add({ kind: 'refers', from: { kind: 'role', id: referrer }, to: self });
    }
  }
  const used = new Set(nodes.map((node) => node.domain));
  return {
    clusters: DOMAINS.filter((domain) => used.has(domain)).map((domain) => ({
      domain,
      label: DOMAIN_LABELS[domain],
    })),
    nodes,
    edges: [...edges.values()],
  };
}

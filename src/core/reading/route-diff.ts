/**
 * What differs between two routes (e.g. a school and the template of its sector).
 * Nodes are matched by id first; what is left is matched by kind and normalised
 * label, because a school often writes "Intern begeleider" where the template has
 * id `ib` and the school chose `intern-begeleider`. Connections are compared through
 * that matching, so a renamed id does not make every connection "different".
 */
import { normaliseLabel } from './normalise-label.ts';
import type { Route, RouteEdge, RouteNode } from '../route/route-schema.ts';

export interface NodeMatch {
  a: RouteNode;
  b: RouteNode;
  by: 'id' | 'label';
}

export interface EdgeMatch {
  a: RouteEdge;
  b: RouteEdge;
}

export type ConsentDifference =
  { on: 'node'; a: RouteNode; b: RouteNode } | { on: 'edge'; a: RouteEdge; b: RouteEdge };

export interface RouteDiff {
  matches: NodeMatch[];
  nodesOnlyInA: RouteNode[];
  nodesOnlyInB: RouteNode[];
  edgesOnlyInA: RouteEdge[];
  edgesOnlyInB: RouteEdge[];
  /** Same two nodes connected in both, but by a different kind of connection. */
  edgeKindChanges: EdgeMatch[];
  /** Consent asked in one route and not the other, or asked from someone else. */
  consent: ConsentDifference[];
}

/** The label without a part in brackets: "JGZ (jeugdarts)" → "jgz". */
function coreLabel(label: string): string {
  return normaliseLabel(label.replace(/\([^)]*\)/g, ' '));
}

function matchNodes(a: Route, b: Route): NodeMatch[] {
  const bById = new Map(b.nodes.map((node) => [node.id, node]));
  const matches: NodeMatch[] = [];
  const usedB = new Set<string>();
  const leftA: RouteNode[] = [];
  for (const node of a.nodes) {
    const twin = bById.get(node.id);
    if (twin) {
      matches.push({ a: node, b: twin, by: 'id' });
      usedB.add(twin.id);
    } else leftA.push(node);
  }
  // Exact labels first, then labels without their bracketed part, each one-to-one.
  for (const key of [normaliseLabel, coreLabel]) {
    for (const node of [...leftA]) {
      const twin = b.nodes.find(
        (other) =>
          !usedB.has(other.id) && other.kind === node.kind && key(other.label) === key(node.label),
      );
      if (!twin) continue;
      matches.push({ a: node, b: twin, by: 'label' });
      usedB.add(twin.id);
      leftA.splice(leftA.indexOf(node), 1);
    }
  }
  return matches;
}

function sameConsent(a: string | undefined, b: string | undefined): boolean {
  return (
    (a === undefined) === (b === undefined) && normaliseLabel(a ?? '') === normaliseLabel(b ?? '')
  );
}

export function diffRoutes(a: Route, b: Route): RouteDiff {
  const matches = matchNodes(a, b);
  const aToB = new Map(matches.map((match) => [match.a.id, match.b.id]));
  const matchedA = new Set(aToB.keys());
  const matchedB = new Set(aToB.values());

  const translated = (edge: RouteEdge) => ({ from: aToB.get(edge.from), to: aToB.get(edge.to) });
  const edgeMatches: EdgeMatch[] = [];
  const edgeKindChanges: EdgeMatch[] = [];
  const usedB = new Set<RouteEdge>();
  const leftA: RouteEdge[] = [];
  const findInB = (edge: RouteEdge, sameKind: boolean) => {
    const { from, to } = translated(edge);
    return b.edges.find(
      (other) =>
        !usedB.has(other) &&
        other.from === from &&
        other.to === to &&
        (!sameKind || other.kind === edge.kind),
    );
  };
  for (const edge of a.edges) {
    const twin = findInB(edge, true);
    if (twin) {
      edgeMatches.push({ a: edge, b: twin });
      usedB.add(twin);
    } else leftA.push(edge);
  }
  const edgesOnlyInA = leftA.filter((edge) => {
    const twin = findInB(edge, false);
    if (twin) {
      edgeKindChanges.push({ a: edge, b: twin });
      usedB.add(twin);
    }
    return !twin;
  });

  const consent: ConsentDifference[] = [
    ...matches
      .filter((m) => !sameConsent(m.a.consent, m.b.consent))
      .map((m) => ({ on: 'node' as const, a: m.a, b: m.b })),
    ...[...edgeMatches, ...edgeKindChanges]
      .filter((m) => !sameConsent(m.a.consent, m.b.consent))
      .map((m) => ({ on: 'edge' as const, a: m.a, b: m.b })),
  ];

  return {
    matches,
    nodesOnlyInA: a.nodes.filter((node) => !matchedA.has(node.id)),
    nodesOnlyInB: b.nodes.filter((node) => !matchedB.has(node.id)),
    edgesOnlyInA,
    edgesOnlyInB: b.edges.filter((edge) => !usedB.has(edge)),
    edgeKindChanges,
    consent,
  };
}

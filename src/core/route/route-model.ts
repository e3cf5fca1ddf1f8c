/** Pure questions about a route's graph, shared by the page, the text route and the editor. */
import type { Route, RouteEdge, RouteNode, EdgeKind, NodeKind } from './route-schema.ts';

export function nodeById(route: Route, id: string): RouteNode | undefined {
  return route.nodes.find((node) => node.id === id);
}

export function outgoingEdges(route: Route, id: string): RouteEdge[] {
  return route.edges.filter((edge) => edge.from === id);
}

export function incomingEdges(route: Route, id: string): RouteEdge[] {
  return route.edges.filter((edge) => edge.to === id);
}

export function groupLabel(route: Route, groupId: string | undefined): string | undefined {
  return groupId === undefined
    ? undefined
    : route.groups?.find((group) => group.id === groupId)?.label;
}

/** Dutch names of node kinds, shown as text in every chart node and in the legend. */
export const NODE_KIND_LABELS: Record<NodeKind, string> = {
  role: 'Rol',
  team: 'Overleg',
  step: 'Stap',
  decision: 'Keuze',
  document: 'Document',
  service: 'Partner buiten school',
  consent: 'Toestemming',
  protocol: 'Protocol',
};

/** How an edge reads from its source ("Mentor verwijst naar intern begeleider"). */
export const EDGE_KIND_VERBS: Record<EdgeKind, string> = {
  refers: 'verwijst naar',
  consults: 'vraagt advies aan',
  informs: 'koppelt terug aan',
  escalates: 'schaalt op naar',
  member: 'neemt deel aan',
  reports: 'meldt (wettelijk) bij',
};

/** How an edge reads from its target ("Intern begeleider: komt van mentor (verwezen)"). */
export const EDGE_KIND_INCOMING: Record<EdgeKind, string> = {
  refers: 'verwezen door',
  consults: 'om advies gevraagd door',
  informs: 'krijgt terugkoppeling van',
  escalates: 'opgeschaald door',
  member: 'met als deelnemer',
  reports: 'krijgt een melding van',
};

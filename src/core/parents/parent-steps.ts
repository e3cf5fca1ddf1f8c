/**
 * The route as a parent lives it: the steps a parent takes part in, in the order the
 * worry travels (the chart's bands, top to bottom; the file's order within a band).
 * A parent takes part in a step when the route says so: it names parents (or the gezin,
 * or verzorgers), it asks for consent (the step itself, or a hand-over that starts there),
 * or its author wrote `forParents` for it; in a care route also every person in it. Pure: the parent route page and its test read it.
 */
import { EDGE_KIND_VERBS, nodeById } from '../route/route-model.ts';
import { nodeBands } from '../route/route-flow.ts';
import type { Route, RouteNode } from '../route/route-schema.ts';
import { parentRoleOf } from './parent-roles.ts';
import type { ParentRole } from './role-texts.ts';
import { stepAskId, stepWhatId } from './step-texts.ts';
import { topicAskId, topicOf, topicWhatId } from './topic-texts.ts';

const NAMES_PARENTS = /ouder|verzorger|gezin/i;

export interface ParentConsent {
  /** What the consent is for when it is a hand-over ("Warme overdracht naar Wijkteam"). */
  readonly about?: string;
  /** Whose consent, in the route's words. */
  readonly who: string;
}

export interface ParentStep {
  readonly node: RouteNode;
  readonly role?: ParentRole;
  readonly consents: readonly ParentConsent[];
}

export function namesParents(node: RouteNode): boolean {
  return [node.label, node.who, node.when, node.description].some(
    (text) => text !== undefined && NAMES_PARENTS.test(text),
  );
}

export function consentsAt(route: Route, node: RouteNode): ParentConsent[] {
  const own: ParentConsent[] = node.consent ? [{ who: node.consent }] : [];
  const handOvers = route.edges.flatMap((edge): ParentConsent[] => {
    if (edge.from !== node.id || !edge.consent) return [];
    const target = nodeById(route, edge.to)?.label ?? edge.to;
    return [{ about: `${edge.label ?? EDGE_KIND_VERBS[edge.kind]}: ${target}`, who: edge.consent }];
  });
  return [...own, ...handOvers];
}

export function parentSteps(route: Route): ParentStep[] {
  const bands = nodeBands(route);
  const order = new Map(route.nodes.map((node, index) => [node.id, index]));
  return route.nodes
    .map((node): ParentStep => {
      const role = parentRoleOf(node);
      return { node, consents: consentsAt(route, node), ...(role ? { role } : {}) };
    })
    .filter(
      ({ node, consents }) =>
        node.kind === 'consent' ||
        // In a care route the family is the client: they meet everyone in it.
        (route.kind === 'care' && (node.kind === 'role' || node.kind === 'service')) ||
        consents.length > 0 ||
        node.forParents !== undefined ||
        namesParents(node),
    )
    .sort(
      (a, b) =>
        (bands.get(a.node.id) ?? 0) - (bands.get(b.node.id) ?? 0) ||
        order.get(a.node.id)! - order.get(b.node.id)!,
    );
}

/** The route's roles a parent may meet, once each, in the order of the route. */
export function rolesInRoute(route: Route): { role: ParentRole; nodes: RouteNode[] }[] {
  const found = new Map<string, { role: ParentRole; nodes: RouteNode[] }>();
  for (const node of route.nodes) {
    const role = parentRoleOf(node);
    if (!role) continue;
    const entry = found.get(role.key) ?? { role, nodes: [] };
    entry.nodes.push(node);
    found.set(role.key, entry);
  }
  return [...found.values()];
}

/**
 * Which text says what happens at a step: the route's own words for parents, else the
 * text of the topic it fits (the MDO, the OPP…), else, unless the step is a person whose
 * role is explained anyway, the text for its kind. `undefined`: the role text says it all.
 */
export function whatHappens(
  step: ParentStep,
): { kind: 'own'; text: string } | { kind: 'text'; id: string } | undefined {
  const { node, role } = step;
  if (node.forParents) return { kind: 'own', text: node.forParents };
  const topic = role ? undefined : topicOf(node);
  if (topic) return { kind: 'text', id: topicWhatId(topic) };
  return role ? undefined : { kind: 'text', id: stepWhatId(node.kind) };
}

/** Which text says what a parent can do at a step: its topic's, else its kind's. */
export function whatYouCanDo(step: ParentStep): string {
  const topic = step.role ? undefined : topicOf(step.node);
  return topic ? topicAskId(topic) : stepAskId(step.node.kind);
}

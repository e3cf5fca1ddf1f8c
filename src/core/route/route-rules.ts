/**
 * The format's rules beyond the shape: references, uniqueness, privacy and
 * freshness. Runs only on a route that already has the right shape.
 */
import { containsBsnLikeNumber, looksLikePhoneNumber } from './bsn.ts';
import { type Problem, error, toPointer, warning } from '../problem.ts';
import type { Route } from './route-schema.ts';
import { isOlderThanMonths } from '../dates.ts';
import { PERSONAL_EMAIL_MESSAGE, looksPersonal } from '../function-email.ts';

/** Ids that exist elsewhere in the content, checked across files at build time. */
export interface ContentRefs {
  terms: ReadonlySet<string>;
  organisations: ReadonlySet<string>;
}

export function checkRouteRules(route: Route, refs: ContentRefs, today: string): Problem[] {
  return [
    ...checkKindFields(route),
    ...checkUniqueIds(route.groups ?? [], 'groups', 'groep'),
    ...checkUniqueIds(route.nodes, 'nodes', 'stap'),
    ...checkNodeReferences(route, refs),
    ...checkEdges(route),
    ...checkNoBsn(route),
    ...checkFunctionAddress(route),
    ...checkWarnings(route, today),
  ];
}

/** Readers' remarks go to a desk or a team, never to one person's inbox. */
function checkFunctionAddress(route: Route): Problem[] {
  return route.maintainerEmail && looksPersonal(route.maintainerEmail)
    ? [error('/maintainerEmail', PERSONAL_EMAIL_MESSAGE)]
    : [];
}

function checkKindFields(route: Route): Problem[] {
  const problems: Problem[] = [];
  if (route.kind === 'school' && !route.school)
    problems.push(error('/school', 'verplicht bij kind "school"'));
  if (route.kind !== 'care' && !route.sector)
    problems.push(error('/sector', `verplicht bij kind "${route.kind}"`));
  return problems;
}

function checkUniqueIds(items: readonly { id: string }[], field: string, noun: string): Problem[] {
  const firstIndex = new Map<string, number>();
  const problems: Problem[] = [];
  items.forEach((item, index) => {
    const first = firstIndex.get(item.id);
    if (first === undefined) firstIndex.set(item.id, index);
    else
      problems.push(
        error(
          `/${field}/${index}/id`,
          `dubbele ${noun}-id "${item.id}" (ook bij /${field}/${first})`,
        ),
      );
  });
  return problems;
}

function checkNodeReferences(route: Route, refs: ContentRefs): Problem[] {
  const groupIds = new Set((route.groups ?? []).map((group) => group.id));
  const problems: Problem[] = [];
  route.nodes.forEach((node, index) => {
    if (node.group !== undefined && !groupIds.has(node.group)) {
      problems.push(error(`/nodes/${index}/group`, `onbekende groep "${node.group}"`));
    }
    node.terms?.forEach((term, termIndex) => {
      if (!refs.terms.has(term))
        problems.push(error(`/nodes/${index}/terms/${termIndex}`, `onbekend begrip "${term}"`));
    });
    if (node.organisation !== undefined && !refs.organisations.has(node.organisation)) {
      problems.push(
        error(
          `/nodes/${index}/organisation`,
          `onbekende organisatie "${node.organisation}" in de sociale kaart`,
        ),
      );
    }
  });
  return problems;
}

function checkEdges(route: Route): Problem[] {
  const nodeIds = new Set(route.nodes.map((node) => node.id));
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  route.edges.forEach((edge, index) => {
    for (const end of ['from', 'to'] as const) {
      if (!nodeIds.has(edge[end]))
        problems.push(error(`/edges/${index}/${end}`, `onbekende stap "${edge[end]}"`));
    }
    if (edge.from === edge.to)
      problems.push(
        error(`/edges/${index}/to`, 'een verbinding kan niet naar dezelfde stap terugwijzen'),
      );
    const key = `${edge.from}\u0000${edge.to}\u0000${edge.kind}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else
      problems.push(
        error(
          `/edges/${index}`,
          `dubbele verbinding: zelfde van, naar en soort als /edges/${first}`,
        ),
      );
  });
  return problems;
}

function checkNoBsn(route: Route): Problem[] {
  const problems: Problem[] = [];
  walkStrings(route, [], (text, path) => {
    // A phone field holding a phone number: its nine-digit tail is not a BSN.
    if (path[path.length - 1] === 'phone' && looksLikePhoneNumber(text)) return;
    if (containsBsnLikeNumber(text)) {
      problems.push(
        error(
          toPointer(path),
          'bevat een nummer dat op een burgerservicenummer lijkt; een route bevat nooit leerlinggegevens',
        ),
      );
    }
  });
  return problems;
}

function walkStrings(
  value: unknown,
  path: PropertyKey[],
  visit: (text: string, path: PropertyKey[]) => void,
): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value))
    value.forEach((item, index) => walkStrings(item, [...path, index], visit));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) walkStrings(item, [...path, key], visit);
  }
}

function checkWarnings(route: Route, today: string): Problem[] {
  const problems: Problem[] = [];
  const connected = new Set(route.edges.flatMap((edge) => [edge.from, edge.to]));
  route.nodes.forEach((node, index) => {
    if (!connected.has(node.id))
      problems.push(
        warning(`/nodes/${index}`, `"${node.label}" (${node.id}) heeft geen verbindingen`),
      );
  });
  if (isOlderThanMonths(route.verified, today, 12)) {
    problems.push(
      warning(
        '/verified',
        `laatst gecontroleerd op ${route.verified}: langer dan 12 maanden geleden`,
      ),
    );
  }
  return problems;
}

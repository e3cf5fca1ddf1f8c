/**
 * What changed between two versions of one route, in a few Dutch words for the route's
 * history: "2 stappen toegevoegd, telefoonnummer Zorgcoördinator gewijzigd". Steps are
 * matched as the compare view matches them (route-diff.ts), so a renamed id is no change.
 */
import { normaliseLabel } from './normalise-label.ts';
import { diffRoutes } from './route-diff.ts';
import type { Contact, Route, RouteNode } from '../route/route-schema.ts';

/** Node fields whose change is worth naming, and what a reader calls them. */
const NODE_FIELDS = [
  ['description', 'beschrijving'],
  ['who', 'wie er handelt bij'],
  ['when', 'wanneer je komt bij'],
  ['group', 'groep van'],
  ['organisation', 'organisatie van'],
  ['kind', 'soort stap'],
] as const satisfies readonly (readonly [keyof RouteNode, string])[];

const CONTACT_FIELDS = [
  ['phone', 'telefoonnummer'],
  ['email', 'e-mailadres'],
  ['url', 'website'],
  ['hours', 'bereikbaarheid'],
  ['how', 'hoe je contact legt met'],
] as const satisfies readonly (readonly [keyof Contact, string])[];

const ROUTE_FIELDS = [
  ['title', 'titel'],
  ['summary', 'samenvatting'],
  ['maintainer', 'rol die de route bijhoudt'],
  ['maintainerEmail', 'adres voor opmerkingen'],
  ['sector', 'sector'],
  ['context', 'context'],
] as const satisfies readonly (readonly [keyof Route, string])[];

function count(n: number, one: string, many: string, verb: string): string[] {
  return n === 0 ? [] : [`${n} ${n === 1 ? one : many} ${verb}`];
}

const differs = (a: unknown, b: unknown) => JSON.stringify(a ?? null) !== JSON.stringify(b ?? null);

/** Per field, the steps (by their new label) in which it changed. */
function fieldChanges(matches: readonly { a: RouteNode; b: RouteNode }[]): Map<string, string[]> {
  const byNoun = new Map<string, string[]>();
  const add = (noun: string, label: string) =>
    byNoun.set(noun, [...(byNoun.get(noun) ?? []), label]);
  for (const { a, b } of matches) {
    for (const [field, noun] of NODE_FIELDS) if (differs(a[field], b[field])) add(noun, b.label);
    for (const [field, noun] of CONTACT_FIELDS)
      if (differs(a.contact?.[field], b.contact?.[field])) add(noun, b.label);
    if (differs(a.terms, b.terms)) add('begrippen bij', b.label);
  }
  return byNoun;
}

/** "telefoonnummer Zorgcoördinator gewijzigd"; the same field in several steps counts them. */
function nodeFieldPhrases(matches: readonly { a: RouteNode; b: RouteNode }[]): string[] {
  return [...fieldChanges(matches)].map(([noun, labels]) =>
    labels.length === 1
      ? `${noun} ${labels[0]} gewijzigd`
      : `${noun.replace(/ (van|bij|met)$/, '')} in ${labels.length} stappen gewijzigd`,
  );
}

/** Every change, most telling first; an empty list when only the layout of the file moved. */
export function routeChanges(before: Route, after: Route): string[] {
  const diff = diffRoutes(before, after);
  const groupIds = (route: Route) => new Set((route.groups ?? []).map((group) => group.id));
  const [groupsBefore, groupsAfter] = [groupIds(before), groupIds(after)];
  return [
    ...count(diff.nodesOnlyInB.length, 'stap', 'stappen', 'toegevoegd'),
    ...count(diff.nodesOnlyInA.length, 'stap', 'stappen', 'verwijderd'),
    ...count(diff.edgesOnlyInB.length, 'verbinding', 'verbindingen', 'toegevoegd'),
    ...count(diff.edgesOnlyInA.length, 'verbinding', 'verbindingen', 'verwijderd'),
    ...count(diff.edgeKindChanges.length, 'verbinding', 'verbindingen', 'van soort veranderd'),
    ...diff.consent.map((change) =>
      change.on === 'node'
        ? `toestemming bij ${change.b.label} gewijzigd`
        : 'toestemming bij een verbinding gewijzigd',
    ),
    ...diff.matches
      .filter((match) => normaliseLabel(match.a.label) !== normaliseLabel(match.b.label))
      .map((match) => `${match.a.label} heet nu ${match.b.label}`),
    ...nodeFieldPhrases(diff.matches),
    ...count(
      [...groupsAfter].filter((id) => !groupsBefore.has(id)).length,
      'groep',
      'groepen',
      'toegevoegd',
    ),
    ...count(
      [...groupsBefore].filter((id) => !groupsAfter.has(id)).length,
      'groep',
      'groepen',
      'verwijderd',
    ),
    ...(differs(before.school, after.school) ? ['gegevens van de school gewijzigd'] : []),
    ...ROUTE_FIELDS.filter(([field]) => differs(before[field], after[field])).map(
      ([, noun]) => `${noun} gewijzigd`,
    ),
    ...(before.verified !== after.verified ? ['opnieuw gecontroleerd'] : []),
  ];
}

/** Shown per version; a long list ends in "en 3 andere wijzigingen". */
export const SUMMARY_PARTS = 4;

/** One line: "2 stappen toegevoegd, telefoonnummer Zorgcoördinator gewijzigd". */
export function summarizeRouteChanges(before: Route | null, after: Route | null): string {
  if (!before) return 'Eerste versie.';
  if (!after) return 'Deze versie past niet in het huidige formaat en kan niet worden vergeleken.';
  const changes = routeChanges(before, after);
  if (changes.length === 0) return 'Geen wijzigingen in de inhoud.';
  const shown = changes.slice(0, SUMMARY_PARTS);
  const rest = changes.length - shown.length;
  const text =
    shown.join(', ') +
    (rest > 0 ? ` en ${rest} andere ${rest === 1 ? 'wijziging' : 'wijzigingen'}` : '');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

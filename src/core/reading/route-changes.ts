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

function nodeChanges(a: RouteNode, b: RouteNode): string[] {
  const name = b.label;
  return [
    ...(normaliseLabel(a.label) !== normaliseLabel(b.label)
      ? [`${a.label} heet nu ${b.label}`]
      : []),
    ...NODE_FIELDS.filter(([field]) => differs(a[field], b[field])).map(
      ([, noun]) => `${noun} ${name} gewijzigd`,
    ),
    ...CONTACT_FIELDS.filter(([field]) => differs(a.contact?.[field], b.contact?.[field])).map(
      ([, noun]) => `${noun} ${name} gewijzigd`,
    ),
    ...(differs(a.terms, b.terms) ? [`begrippen bij ${name} gewijzigd`] : []),
  ];
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
    ...diff.matches.flatMap((match) => nodeChanges(match.a, match.b)),
    ...count([...groupsAfter].filter((id) => !groupsBefore.has(id)).length, 'groep', 'groepen', 'toegevoegd'),
    ...count([...groupsBefore].filter((id) => !groupsAfter.has(id)).length, 'groep', 'groepen', 'verwijderd'),
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
  const text = shown.join(', ') + (rest > 0 ? ` en ${rest} andere ${rest === 1 ? 'wijziging' : 'wijzigingen'}` : '');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

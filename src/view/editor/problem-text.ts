/** Where a problem is, in words a school understands: "Stap "Mentor" › Telefoon". */
import { problemTarget } from '../../core/editor/problem-target.ts';
import type { Route } from '../../core/route/route-schema.ts';
import { edgeName, nodeName } from './item-names.ts';

const FIELD_NAMES: Record<string, string> = {
  label: 'naam',
  kind: 'soort',
  id: 'id',
  group: 'groep',
  when: 'wanneer',
  description: 'beschrijving',
  who: 'wie',
  consent: 'toestemming',
  terms: 'begrippen',
  organisation: 'organisatie',
  how: 'contact: hoe',
  phone: 'telefoon',
  email: 'e-mail',
  url: 'webpagina',
  hours: 'bereikbaar',
  from: 'van',
  to: 'naar',
  title: 'titel',
  summary: 'samenvatting',
  sector: 'onderwijssoort',
  context: 'context',
  verified: 'gecontroleerd op',
  maintainer: 'bijgehouden door',
  maintainerEmail: 'e-mailadres voor opmerkingen',
  name: 'naam van de school',
  municipality: 'gemeente',
  brin: 'BRIN-code',
  website: 'website',
  samenwerkingsverband: 'samenwerkingsverband',
  version: 'versie',
  nodes: 'stappen',
};

/** The names of a route's items: from a valid route, or read loosely from any parsed file. */
interface ItemNames {
  node(index: number): string | undefined;
  edge(index: number): string | undefined;
  group(index: number): string | undefined;
}

export function problemLocation(route: Route, pointer: string): string {
  return placeName(
    {
      node: (index) => {
        const node = route.nodes[index];
        return node && `"${nodeName(node)}"`;
      },
      edge: (index) => {
        const edge = route.edges[index];
        return edge && `"${edgeName(route, edge)}"`;
      },
      group: (index) => {
        const group = route.groups?.[index];
        return group && `"${group.label || group.id}"`;
      },
    },
    pointer,
  );
}

/**
 * Where a problem is in a file that was not taken over (it need not be a valid route):
 * the place in words first, then the JSON path, which schools use to find it in the file.
 * "" (the whole file) has no place.
 */
export function fileProblemLocation(file: unknown, pointer: string): string {
  if (pointer === '') return '';
  const names = (key: string) => (index: number) => {
    const item = listOf(file, key)[index];
    const name = textOf(item, 'label') ?? textOf(item, 'id');
    return name === undefined ? undefined : `"${name}"`;
  };
  const place = placeName(
    { node: names('nodes'), edge: () => undefined, group: names('groups') },
    pointer,
  );
  return `${place} (${pointer})`;
}

function placeName(names: ItemNames, pointer: string): string {
  const target = problemTarget(pointer);
  const last = target.field.split('/').pop() ?? '';
  const field = FIELD_NAMES[last] ?? last;
  switch (target.section) {
    case 'node':
      return `Stap ${names.node(target.index) ?? target.index + 1} › ${field}`;
    case 'edge':
      return `Verbinding ${names.edge(target.index) ?? target.index + 1} › ${field}`;
    case 'group':
      return `Groep ${names.group(target.index) ?? target.index + 1} › ${field}`;
    case 'route':
      return `Route › ${field || 'algemeen'}`;
    default: {
      const unknown: never = target;
      return String(unknown);
    }
  }
}

function listOf(value: unknown, key: string): unknown[] {
  if (value === null || typeof value !== 'object') return [];
  const list = (value as Record<string, unknown>)[key];
  return Array.isArray(list) ? list : [];
}

function textOf(value: unknown, key: string): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const text = (value as Record<string, unknown>)[key];
  return typeof text === 'string' && text.trim() !== '' ? text.trim() : undefined;
}

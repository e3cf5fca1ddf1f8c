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
  name: 'naam van de school',
  municipality: 'gemeente',
  brin: 'BRIN-code',
  website: 'website',
  samenwerkingsverband: 'samenwerkingsverband',
  version: 'versie',
  nodes: 'stappen',
};

export function problemLocation(route: Route, pointer: string): string {
  const target = problemTarget(pointer);
  const field = FIELD_NAMES[target.field.split('/').pop() ?? ''] ?? '';
  switch (target.section) {
    case 'node': {
      const node = route.nodes[target.index];
      return `Stap ${node ? `"${nodeName(node)}"` : target.index + 1} › ${field}`;
    }
    case 'edge': {
      const edge = route.edges[target.index];
      return `Verbinding ${edge ? `"${edgeName(route, edge)}"` : target.index + 1} › ${field}`;
    }
    case 'group': {
      const group = route.groups?.[target.index];
      return `Groep ${group ? `"${group.label || group.id}"` : target.index + 1} › ${field}`;
    }
    case 'route':
      return `Route › ${field || 'algemeen'}`;
    default: {
      const unknown: never = target;
      return String(unknown);
    }
  }
}

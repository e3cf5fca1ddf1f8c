/**
 * The route as a file: valid v1 JSON, pretty-printed, keys in the order of the format
 * document (which is the schema's declaration order), with the `$schema` line first so
 * editors offer autocompletion. The same route always gives the same bytes.
 */
import { ROUTE_SCHEMA_PATH } from '../route/json-schema.ts';
import {
  type Route,
  contactSchema,
  edgeSchema,
  groupSchema,
  nodeSchema,
  routeSchema,
  schoolSchema,
} from '../route/route-schema.ts';
import { slugify } from './new-ids.ts';

const keysOf = (schema: { shape: object }) => Object.keys(schema.shape);
const ROUTE_KEYS = keysOf(routeSchema);
const NODE_KEYS = keysOf(nodeSchema);

function ordered(value: object, keys: readonly string[]): Record<string, unknown> {
  const source = value as Record<string, unknown>;
  const known = keys.filter((key) => source[key] !== undefined);
  // Keys the format does not know stay (last, sorted), so validation can still name them.
  const unknown = Object.keys(source)
    .filter((key) => !keys.includes(key) && source[key] !== undefined)
    .sort();
  return Object.fromEntries([...known, ...unknown].map((key) => [key, source[key]]));
}

export function canonicalRoute(route: Route): Route {
  const nodes = route.nodes.map((node) => {
    const sorted = ordered(node, NODE_KEYS);
    if (node.contact) sorted.contact = ordered(node.contact, keysOf(contactSchema));
    return sorted;
  });
  return ordered(
    {
      ...route,
      $schema: ROUTE_SCHEMA_PATH,
      school: route.school ? ordered(route.school, keysOf(schoolSchema)) : undefined,
      groups: route.groups?.map((group) => ordered(group, keysOf(groupSchema))),
      nodes,
      edges: route.edges.map((edge) => ordered(edge, keysOf(edgeSchema))),
    },
    ROUTE_KEYS,
  ) as Route;
}

export function routeFileText(route: Route): string {
  return JSON.stringify(canonicalRoute(route), null, 2) + '\n';
}

/**
 * The file name is the route's URL once published: the published slug when the draft
 * came from one, else the school's name and municipality ("de-regenboog-voorbeeldstad").
 */
export function routeFileName(route: Route, publishedSlug?: string): string {
  if (publishedSlug) return `${publishedSlug}.json`;
  const school = route.school;
  const words = school?.name
    ? [school.name, includesWord(school.name, school.municipality) ? '' : school.municipality]
    : [route.title];
  return `${slugify(words.join(' '), 'route')}.json`;
}

function includesWord(text: string, word: string | undefined): boolean {
  return !word || slugify(text).includes(slugify(word, ''));
}

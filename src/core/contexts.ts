/**
 * The glossary contexts and a route's context, without zod: pages that only
 * need these (route pages, /begrippen) must not bundle the schema library.
 * route-schema.ts re-exports them, so the format keeps one source.
 */
import type { Route } from './route/route-schema.ts';

export const CONTEXTS = ['onderwijs', 'ggz', 'jeugdhulp', 'huisartsenzorg', 'gemeente'] as const;
export type GlossaryContext = (typeof CONTEXTS)[number];

/** The glossary context a route's words are meant in (format: default by kind). */
export function routeContext(route: Pick<Route, 'kind' | 'context'>): GlossaryContext {
  if (route.context) return route.context;
  return route.kind === 'care' ? 'ggz' : 'onderwijs';
}

import { useContext } from 'react';
import { pickForContext } from '../../core/glossary/context-preference.ts';
import type { GlossaryContext } from '../../core/contexts.ts';
import type { RouteNode } from '../../core/route/route-schema.ts';
import {
  type NodeTermMarks,
  type TermSummary,
  markNodeTerms,
} from '../../core/glossary/route-terms.ts';
import { createTermMatcher } from '../../core/glossary/term-mentions.ts';
import { RouteTermsContext } from './route-terms-context.tsx';

/** How a route page's texts find their glossary words and meanings. */
export interface RouteTerms {
  context: GlossaryContext;
  byId: ReadonlyMap<string, TermSummary>;
  /** The meaning of a word for this node: the one the node names, else the route's context. */
  meaningFor: (term: string, node: RouteNode) => TermSummary | undefined;
  marks: (node: RouteNode) => NodeTermMarks;
}

// One lookup per page's terms: the details panel and the text route share it, and with it
// the marks computed per node.
const lookups = new WeakMap<readonly TermSummary[], Map<GlossaryContext, RouteTerms>>();

/** Null outside a route page: texts then render as plain text. */
export function useRouteTerms(): RouteTerms | null {
  const source = useContext(RouteTermsContext);
  if (!source) return null;
  const byContext = lookups.get(source.terms) ?? new Map<GlossaryContext, RouteTerms>();
  lookups.set(source.terms, byContext);
  let lookup = byContext.get(source.context);
  if (!lookup) byContext.set(source.context, (lookup = routeTerms(source.terms, source.context)));
  return lookup;
}

function routeTerms(terms: readonly TermSummary[], context: GlossaryContext): RouteTerms {
  const byId = new Map(terms.map((summary) => [summary.id, summary]));
  const matcher = createTermMatcher(terms);
  const cache = new WeakMap<RouteNode, NodeTermMarks>();
  return {
    context,
    byId,
    meaningFor(term, node) {
      const named = node.terms?.map((id) => byId.get(id)).find((summary) => summary?.term === term);
      return (
        named ??
        pickForContext(
          terms.filter((summary) => summary.term === term),
          context,
        )
      );
    },
    marks(node) {
      let marks = cache.get(node);
      if (!marks) cache.set(node, (marks = markNodeTerms(node, matcher)));
      return marks;
    },
  };
}

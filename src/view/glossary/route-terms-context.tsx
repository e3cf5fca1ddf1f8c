import { createContext, useContext, useMemo } from 'react';
import { pickForContext } from '../../core/glossary/context-preference.ts';
import type { GlossaryContext } from '../../core/contexts.ts';
import type { RouteNode } from '../../core/route/route-schema.ts';
import {
  type NodeTermMarks,
  type TermSummary,
  markNodeTerms,
} from '../../core/glossary/route-terms.ts';
import { createTermMatcher } from '../../core/glossary/term-mentions.ts';

/** The few glossary meanings a route page got from its loader, and how to find them in text. */
export interface RouteTerms {
  /** The route's context (school routes: onderwijs, the care route: ggz). */
  context: GlossaryContext;
  byId: ReadonlyMap<string, TermSummary>;
  /** The meaning of a word for this node: the one the node names, else the route's context. */
  meaningFor: (term: string, node: RouteNode) => TermSummary | undefined;
  marks: (node: RouteNode) => NodeTermMarks;
}

const RouteTermsContext = createContext<RouteTerms | null>(null);

export function RouteTermsProvider({
  terms,
  context,
  children,
}: {
  terms: readonly TermSummary[];
  context: GlossaryContext;
  children: React.ReactNode;
}) {
  const value = useMemo(() => routeTerms(terms, context), [terms, context]);
  return <RouteTermsContext value={value}>{children}</RouteTermsContext>;
}

/** Null outside a route page: texts then render as plain text. */
export function useRouteTerms(): RouteTerms | null {
  return useContext(RouteTermsContext);
}

function routeTerms(terms: readonly TermSummary[], context: GlossaryContext): RouteTerms {
  const byId = new Map(terms.map((summary) => [summary.id, summary]));
  const matcher = createTermMatcher(terms);
  // Marks are computed once per node: the details panel and the text route show the same node.
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

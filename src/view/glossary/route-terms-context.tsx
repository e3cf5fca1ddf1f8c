import { createContext } from 'react';
import type { GlossaryContext } from '../../core/contexts.ts';
import type { TermSummary } from '../../core/glossary/route-terms.ts';

/** The few glossary meanings a route page got from its loader, and the route's context. */
export interface RouteTermsSource {
  terms: readonly TermSummary[];
  /** The route's context (school routes: onderwijs, the care route: ggz). */
  context: GlossaryContext;
}

// Only the loader's data travels here: finding the words in texts (use-route-terms.ts) is
// code for the texts that show them, which load after the page's own code.
export const RouteTermsContext = createContext<RouteTermsSource | null>(null);

export function RouteTermsProvider({
  terms,
  context,
  children,
}: RouteTermsSource & { children: React.ReactNode }) {
  return <RouteTermsContext value={{ terms, context }}>{children}</RouteTermsContext>;
}

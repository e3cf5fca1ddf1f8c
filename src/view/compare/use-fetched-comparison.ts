import { useEffect, useState } from 'react';
import type { RouteSummary } from '../../build/site-content.ts';
import { routeJsonUrl } from '../../core/route/reading-urls.ts';
import type { Route } from '../../core/route/route-schema.ts';
import { routeShortName } from '../components/route-name.ts';
import type { ComparedRoute } from './compared-route.ts';

export type FetchedComparison =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; a: ComparedRoute; b: ComparedRoute };

/** Our own published file; a light shape check guards against an HTML error page. */
async function fetchRoute(summary: RouteSummary): Promise<ComparedRoute> {
  const response = await fetch(routeJsonUrl(summary.slug));
  if (!response.ok) throw new Error(`De route “${summary.name}” kon niet worden geladen.`);
  const route = (await response.json()) as Route;
  if (!Array.isArray(route?.nodes) || !Array.isArray(route?.edges)) {
    throw new Error(`De route “${summary.name}” kon niet worden gelezen.`);
  }
  return { slug: summary.slug, url: summary.url, name: routeShortName(route), route };
}

function problemWith(summaries: readonly RouteSummary[], a: string, b: string): string | null {
  const unknown = [a, b].filter((slug) => !summaries.some((summary) => summary.slug === slug));
  if (unknown.length > 0) {
    return `Er is geen route met de naam ${unknown.map((slug) => `“${slug}”`).join(' of ')}. Kies hierboven twee routes uit de lijst.`;
  }
  return a === b ? 'Kies twee verschillende routes.' : null;
}

/** Fetches two routes by slug for comparing in the browser; idle until both are given. */
export function useFetchedComparison(
  summaries: readonly RouteSummary[],
  a: string,
  b: string,
): FetchedComparison {
  const [state, setState] = useState<{ key: string; result: FetchedComparison }>({
    key: '',
    result: { status: 'idle' },
  });
  const key = `${a}/${b}`;
  const problem = a && b ? problemWith(summaries, a, b) : null;

  useEffect(() => {
    const first = summaries.find((summary) => summary.slug === a);
    const second = summaries.find((summary) => summary.slug === b);
    if (!first || !second || first === second) return;
    let current = true;
    Promise.all([fetchRoute(first), fetchRoute(second)]).then(
      ([left, right]) =>
        current && setState({ key, result: { status: 'ready', a: left, b: right } }),
      (error: unknown) =>
        current &&
        setState({
          key,
          result: {
            status: 'error',
            message: error instanceof Error ? error.message : String(error),
          },
        }),
    );
    return () => {
      current = false;
    };
  }, [summaries, a, b, key]);

  if (!a || !b) return { status: 'idle' };
  if (problem) return { status: 'error', message: problem };
  return state.key === key ? state.result : { status: 'loading' };
}

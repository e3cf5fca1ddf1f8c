/**
 * Parts of the route page below the chart that nobody uses in the first seconds: their code
 * loads after the page's own, so it is not in the route page's first-load JavaScript. They
 * are prerendered like the rest; hydration picks them up once their code has arrived.
 */
import { type ComponentProps, lazy, Suspense } from 'react';
import type { EmbedSnippet as EmbedSnippetType } from './embed-snippet.tsx';
import type { RouteActions as RouteActionsType } from './route-actions.tsx';
import type { RouteHistorySection as RouteHistoryType } from './route-history-section.tsx';

const RouteActions = lazy(() =>
  import('./route-actions.tsx').then((module) => ({ default: module.RouteActions })),
);
const RouteHistorySection = lazy(() =>
  import('./route-history-section.tsx').then((module) => ({ default: module.RouteHistorySection })),
);
const EmbedSnippet = lazy(() =>
  import('./embed-snippet.tsx').then((module) => ({ default: module.EmbedSnippet })),
);

export function LazyRouteActions(props: ComponentProps<typeof RouteActionsType>) {
  return (
    <Suspense fallback={null}>
      <RouteActions {...props} />
    </Suspense>
  );
}

export function LazyEmbedSnippet(props: ComponentProps<typeof EmbedSnippetType>) {
  return (
    <Suspense fallback={null}>
      <EmbedSnippet {...props} />
    </Suspense>
  );
}

export function LazyRouteHistory(props: ComponentProps<typeof RouteHistoryType>) {
  return (
    <Suspense fallback={null}>
      <RouteHistorySection {...props} />
    </Suspense>
  );
}

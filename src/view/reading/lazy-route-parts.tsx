/**
 * Parts of the route page that are not needed to show the route: their code loads after the
 * page's own, so it is not in the route page's first-load JavaScript and the chart is usable
 * sooner. Those in the first HTML are prerendered like the rest; hydration picks them up once
 * their code has arrived (see deferred-part.tsx for the rules their props follow).
 */
import { deferredPart } from '../components/deferred-part.tsx';
import { StepFacts } from '../components/step-facts-part.ts';
import { ChartOverviewPart } from '../chart/chart-overview-part.ts';

export const LazyChartLegend = deferredPart(() =>
  import('../chart/ChartLegend.tsx').then((module) => module.ChartLegend),
);
export const LazyRouteText = deferredPart(() =>
  import('../components/route-text.tsx').then((module) => module.RouteText),
);
export const LazyRouteFeedback = deferredPart(() =>
  import('./route-feedback.tsx').then((module) => module.RouteFeedback),
);
export const LazyPathFinder = deferredPart(() =>
  import('../path-finder/path-finder.tsx').then((module) => module.PathFinder),
);
export const LazyNeighbourhoodControl = deferredPart(() =>
  import('./neighbourhood-control.tsx').then((module) => module.NeighbourhoodControl),
);
export const LazyRouteActions = deferredPart(() =>
  import('./route-actions.tsx').then((module) => module.RouteActions),
);
export const LazyRouteHistory = deferredPart(() =>
  import('./route-history-section.tsx').then((module) => module.RouteHistorySection),
);
export const LazyEmbedSnippet = deferredPart(() =>
  import('./embed-snippet.tsx').then((module) => module.EmbedSnippet),
);

/** The written-out way: from the reading engine, loaded by the time a way exists. */
export const LazyWayResult = deferredPart(() =>
  import('./reading-engine.ts').then((engine) => engine.WayResult),
);

/** Under a chosen step's facts: where to report a mistake in it. */
export const LazyStepFeedback = deferredPart(() =>
  import('./step-feedback.tsx').then((module) => module.StepFeedback),
);

/**
 * For a page reached by a link within the site, loaded with its data: every part above but
 * the way, whose engine loads only when a reader asks for a way (use-route-reading.ts).
 */
export const ROUTE_PAGE_PARTS = [
  LazyChartLegend,
  LazyRouteText,
  LazyRouteFeedback,
  LazyPathFinder,
  LazyNeighbourhoodControl,
  LazyRouteActions,
  LazyRouteHistory,
  LazyEmbedSnippet,
  LazyStepFeedback,
  StepFacts,
  ChartOverviewPart,
] as const;

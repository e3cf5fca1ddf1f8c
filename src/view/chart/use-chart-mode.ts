/**
 * Whether the chart shows the overview of the route's parts or the chart itself. A big route
 * opens with the overview (route-overview.ts); anything that needs the chart — a chosen step,
 * a way, a neighbourhood, zooming — switches to it, so no choice ever lands on a hidden chart.
 */
import { useState } from 'react';
import { hasOverview, opensWithOverview } from '../../core/route/overview-rules.ts';
import type { Route } from '../../core/route/route-schema.ts';
import type { ChartHighlight } from './chart-highlight.ts';

export const CHART_MODES = ['overzicht', 'schema'] as const;
export type ChartMode = (typeof CHART_MODES)[number];

export interface ChartModeState {
  mode: ChartMode;
  /** False when the route has fewer than two groups: then there is nothing to sum up. */
  hasOverview: boolean;
  setMode: (mode: ChartMode) => void;
}

export function useChartMode(
  route: Route,
  selectedId: string | null,
  highlight: ChartHighlight | undefined,
): ChartModeState {
  const overview = hasOverview(route);
  const [mode, setMode] = useState<ChartMode>(() =>
    selectedId === null && opensWithOverview(route) ? 'overzicht' : 'schema',
  );
  // Follow the props while rendering (React's advice for state derived from a prop change).
  const [seen, setSeen] = useState({ selectedId, highlight });
  if (seen.selectedId !== selectedId || seen.highlight !== highlight) {
    setSeen({ selectedId, highlight });
    if (
      (selectedId !== null && selectedId !== seen.selectedId) ||
      (highlight && highlight !== seen.highlight)
    )
      setMode('schema');
  }
  return { mode: overview ? mode : 'schema', hasOverview: overview, setMode };
}

/**
 * The reading state of a route page: the way between two nodes (in the URL query)
 * and the neighbourhood focus around the selected node, and the one chart highlight
 * that follows from them. Focus wins while it is on: it is the later, local choice.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Route } from '../../core/route/route-schema.ts';
import type { ChartHighlight } from '../chart/chart-highlight.ts';
import { usePathQuery, type PathChoice } from '../path-finder/use-path-query.ts';
import type { WayView } from '../path-finder/way-view.ts';
import type { FocusRange } from './neighbourhood-control.tsx';

type ReadingEngine = typeof import('./reading-engine.ts');

export interface RouteReading {
  choice: PathChoice | null;
  choose: (choice: PathChoice | null) => void;
  /** Null while no way is asked, or while the engine is still loading. */
  way: WayView | null;
  focus: FocusRange;
  setFocus: (range: FocusRange) => void;
  /** Nodes in full view under the focus, or null when the focus is off. */
  focusCount: number | null;
  highlight: ChartHighlight | undefined;
}

export function useRouteReading(route: Route, selectedId: string | null): RouteReading {
  const [choice, setChoice] = usePathQuery(
    useMemo(() => route.nodes.map((node) => node.id), [route]),
  );
  const [focus, setFocus] = useState<FocusRange>('all');
  const [engine, setEngine] = useState<ReadingEngine | null>(null);
  const focusing = focus !== 'all' && selectedId !== null;
  const needed = choice !== null || focusing;

  useEffect(() => {
    if (!needed || engine) return;
    let current = true;
    void import('./reading-engine.ts').then((loaded) => current && setEngine(loaded));
    return () => {
      current = false;
    };
  }, [needed, engine]);

  const way = useMemo(
    () => (choice && engine ? engine.buildWayView(route, choice) : null),
    [route, choice, engine],
  );
  const around = useMemo(
    () => (focusing && engine ? engine.buildFocusView(route, selectedId, focus) : null),
    [route, selectedId, focus, focusing, engine],
  );
  const choose = (next: PathChoice | null) => {
    // A new way is what the reader wants to see now: lift the focus.
    if (next) setFocus('all');
    setChoice(next);
  };
  return {
    choice,
    choose,
    way,
    focus,
    setFocus,
    focusCount: around?.count ?? null,
    highlight: around ? around.highlight : way?.highlight,
  };
}

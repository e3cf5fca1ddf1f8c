/**
 * Lays the route out after every change that affects the chart, and keeps the last
 * finished layout on screen while the next one is computed. Edits that leave the layout
 * input alone (a description, a contact) reuse the current layout without asking ELK.
 * Layouts the editor already has (layout-cache.ts: undo, redo, reopening a draft) are shown
 * without asking ELK at all. A User Timing measure ("routekaart:relayout") records, per layout, the time from the
 * request to the new layout being rendered; the benchmark reads it.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Route } from '../../../core/route/route-schema.ts';
import { layoutInputKey } from '../../../layout/layout-input.ts';
import type { RouteLayout } from '../../../layout/layout-types.ts';
import { editorLayout } from './editor-layout.ts';
import { knownLayout, rememberLayout } from './layout-cache.ts';

export const RELAYOUT_MEASURE = 'routekaart:relayout';

/** A layout the build already computed, usable when the draft's layout input matches it. */
export interface PrebuiltLayout {
  key: string;
  layout: RouteLayout;
}

interface Finished {
  layout: RouteLayout | null;
  /** The route the layout was computed for (or matched, for a prebuilt layout). */
  route: Route | null;
  /** The layout input the layout belongs to: it lags behind while a newer one is computed. */
  key: string | null;
  error: string | null;
  /** How layouts are made, when the user should know (browser-elk.ts: a worker that timed out). */
  notice: string | null;
}

export interface RouteLayoutState {
  layout: RouteLayout | null;
  /** The route the layout was made for; draw the chart from this one, not the newest. */
  route: Route | null;
  /** True when the layout shown belongs to the current route. */
  current: boolean;
  pending: boolean;
  error: string | null;
  notice: string | null;
}

export function useRouteLayout(
  route: Route,
  prebuilt: readonly PrebuiltLayout[] = [],
  /** The draft being edited: its last layout is kept in the browser for the next visit. */
  draftId?: string,
): RouteLayoutState {
  const key = useMemo(() => layoutInputKey(route), [route]);
  const [finished, setFinished] = useState<Finished>(() => {
    const layout = layoutAtHand(key, prebuilt, draftId);
    return layout
      ? { layout, route, key, error: null, notice: null }
      : { layout: null, route: null, key: null, error: null, notice: null };
  });
  const latestRequest = useRef<{ key: string; start: number } | null>(null);
  const current = finished.key === key;

  // Start the worker as the editor opens, so even the first edit finds ELK warm.
  useEffect(() => {
    editorLayout();
  }, []);

  useEffect(() => {
    if (current) return;
    latestRequest.current = { key, start: performance.now() };
    const known = layoutAtHand(key, prebuilt, draftId);
    if (known) {
      // Showing a layout the editor already has is what this effect is for.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setFinished((previous) => ({
        layout: known,
        route,
        key,
        error: null,
        notice: previous.notice,
      }));
      return;
    }
    let active = true;
    editorLayout()
      .request(route)
      .then((result) => {
        // An overtaken layout is still right for its route: keep it for undo, not for reopening.
        if (result.status === 'done' && !active) rememberLayout(key, result.value);
        if (!active || result.status === 'stale') return;
        if (result.status === 'failed') {
          setFinished((previous) => ({ ...previous, error: describe(result.error) }));
          return;
        }
        rememberLayout(key, result.value, draftId);
        setFinished({
          layout: result.value,
          route,
          key,
          error: null,
          notice: editorLayout().elk.notice(),
        });
      });
    return () => {
      active = false;
    };
    // The key stands for the route: a new route with the same key needs no layout.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, current]);

  useLayoutEffect(() => {
    const request = latestRequest.current;
    if (!request || request.key !== finished.key) return;
    latestRequest.current = null;
    performance.measure(RELAYOUT_MEASURE, { start: request.start, end: performance.now() });
  }, [finished.key]);

  return {
    layout: finished.layout,
    route: finished.route,
    current,
    pending: !current && finished.error === null,
    error: finished.error,
    notice: finished.notice,
  };
}

/** A layout for this layout input without asking ELK: the build's, or one the editor kept. */
function layoutAtHand(
  key: string,
  prebuilt: readonly PrebuiltLayout[],
  draftId: string | undefined,
): RouteLayout | undefined {
  return prebuilt.find((candidate) => candidate.key === key)?.layout ?? knownLayout(key, draftId);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The editor's layout service: the build's layout module (layoutRoute) with the browser's
 * ELK, behind a newest-request-wins queue. One per page, so the worker stays warm between
 * edits. ELK's first layout is by far its slowest (loading 1.6 MB of code and initialising
 * it): editor pages start it, with a tiny warm-up route, while they hydrate.
 */
import { layoutableRoute } from '../../../core/editor/layoutable-route.ts';
import type { Route } from '../../../core/route/route-schema.ts';
import { type LatestOnly, type LatestResult, latestOnly } from '../../../layout/latest-only.ts';
import { layoutRoute } from '../../../layout/layout-route.ts';
import type { RouteLayout } from '../../../layout/layout-types.ts';
import { type BrowserElk, ELK_TIMEOUT_MS, createBrowserElk } from './browser-elk.ts';

export interface EditorLayout {
  request(route: Route): Promise<LatestResult<RouteLayout>>;
  elk: BrowserElk;
}

/** Two groups, three kinds of edge, a label: the code paths a real route takes. */
const WARM_UP_ROUTE: Route = {
  version: 1,
  kind: 'template',
  sector: 'po',
  title: 'Opwarmen',
  verified: '2026-01-01',
  maintainer: 'editor',
  groups: [
    { id: 'a', label: 'A' },
    { id: 'b', label: 'B' },
  ],
  nodes: [
    { id: 'x', kind: 'role', label: 'X', group: 'a' },
    { id: 'y', kind: 'decision', label: 'Y', group: 'a' },
    { id: 'z', kind: 'service', label: 'Z', group: 'b' },
  ],
  edges: [
    { from: 'x', to: 'y', kind: 'refers', label: 'ja' },
    { from: 'y', to: 'z', kind: 'escalates' },
    { from: 'z', to: 'x', kind: 'informs' },
  ],
};

let shared: EditorLayout | null = null;

export function editorLayout(): EditorLayout {
  if (shared) return shared;
  const elk = createBrowserElk();
  // ELK gives up on a silent worker itself (browser-elk.ts); this is the last line, for a
  // layout that still never answers (say, the main-thread code that never loads).
  const queue: LatestOnly<Route, RouteLayout> = latestOnly(
    (route) => layoutRoute(layoutableRoute(route), elk),
    { timeoutMs: 3 * ELK_TIMEOUT_MS },
  );
  shared = { request: (route) => queue.request(route), elk };
  // A real request made meanwhile waits for this one and then runs on a warm ELK.
  void queue.request(WARM_UP_ROUTE);
  return shared;
}

/** Called by editor pages as their code loads, in the browser only. */
export function startEditorLayoutEarly(): void {
  if (typeof window !== 'undefined' && typeof document !== 'undefined') editorLayout();
}

/**
 * The first view of the chart. On a wide frame: the top of the route at a readable size
 * (fitting its width, never below 40 % or above 100 %), rather than a whole tall route
 * shrunk to illegibility. On a narrow frame (a phone) even 40 % leaves most of a wide chart
 * outside the frame, with only its empty left margin in view: there the whole chart is
 * fitted, so the user sees the route and zooms in where they want.
 */
import type { FitViewOptions, Viewport } from '@xyflow/react';
import type { RouteLayout } from '../../../layout/layout-types.ts';

const MARGIN = 24;
const READABLE_ZOOM = 0.4;
/** Below this frame width the editor is on a phone, with the forms under the chart. */
const NARROW_FRAME = 600;
/** Fitting never zooms in past 100 %, nor out past the canvas's own minimum. */
type FitOptions = Pick<FitViewOptions, 'padding' | 'minZoom' | 'maxZoom'>;
export const FIT_OPTIONS: FitOptions = { padding: 0.05, minZoom: 0.1, maxZoom: 1 };

export type InitialView = { kind: 'top'; viewport: Viewport } | { kind: 'fit' };

export function initialView(layout: RouteLayout, frameWidth: number): InitialView {
  const room = frameWidth - 2 * MARGIN;
  if (frameWidth < NARROW_FRAME && layout.width * READABLE_ZOOM > room) return { kind: 'fit' };
  const zoom = Math.min(1, Math.max(READABLE_ZOOM, room / layout.width));
  return {
    kind: 'top',
    viewport: { x: Math.max(MARGIN, (frameWidth - layout.width * zoom) / 2), y: MARGIN, zoom },
  };
}

export function showInitialView(
  flow: {
    setViewport: (viewport: Viewport) => Promise<boolean>;
    fitView: (options: FitOptions) => Promise<boolean>;
  },
  layout: RouteLayout,
  frame: HTMLElement | null,
) {
  const view = initialView(layout, frame?.clientWidth ?? 800);
  // React Flow's fitView waits until the nodes are measured, so it is safe in onInit.
  void (view.kind === 'fit' ? flow.fitView(FIT_OPTIONS) : flow.setViewport(view.viewport));
}

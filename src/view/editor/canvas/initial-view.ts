/**
 * The first view of the chart: the top of the route at a readable size (fitting its width,
 * never below 40 % or above 100 %), rather than a whole tall route shrunk to illegibility.
 */
import type { Viewport } from '@xyflow/react';
import type { RouteLayout } from '../../../layout/layout-types.ts';

const MARGIN = 24;

export function showTopOfChart(
  flow: { setViewport: (viewport: Viewport) => Promise<boolean> },
  layout: RouteLayout,
  frame: HTMLElement | null,
) {
  const width = frame?.clientWidth ?? 800;
  const zoom = Math.min(1, Math.max(0.4, (width - 2 * MARGIN) / layout.width));
  void flow.setViewport({
    x: Math.max(MARGIN, (width - layout.width * zoom) / 2),
    y: MARGIN,
    zoom,
  });
}

/**
 * Keeps what the reader asked for inside the chart box: when a way, a neighbourhood or a
 * selection from outside is highlighted, the view moves (and zooms out if needed) so every
 * highlighted box is visible, and the page scrolls so the chart box is in the window.
 */
import { type RefObject, useEffect, useRef, useState } from 'react';
import type { Box } from '../../layout/layout-types.ts';
import type { ChartHighlight } from './chart-highlight.ts';
import type { ViewportControls } from './use-viewport.ts';
import { boundingBox, showBoxes, type Size } from './viewport.ts';

export function useBringIntoView(
  highlight: ChartHighlight | undefined,
  nodeBoxes: ReadonlyMap<string, Box>,
  size: Size,
  viewport: ViewportControls,
  /** The largest scale to zoom in to for a small highlight (readable, not huge). */
  maxScale: number,
  containerRef: RefObject<HTMLElement | null>,
): void {
  const [followed, setFollowed] = useState(highlight);
  const [moves, setMoves] = useState(0);
  // Adjust while rendering, as React advises for state that follows a prop.
  if (followed !== highlight) {
    setFollowed(highlight);
    const boxes = [...(highlight?.nodes ?? [])].flatMap((id) => nodeBoxes.get(id) ?? []);
    const around = boundingBox(boxes);
    if (around) {
      viewport.setView((view) => showBoxes(view, around, size, maxScale));
      setMoves((count) => count + 1);
    }
  }
  const firstRun = useRef(true);
  useEffect(() => {
    if (firstRun.current) {
      firstRun.current = false;
      return;
    }
    scrollIntoWindow(containerRef.current);
  }, [moves, containerRef]);
}

/** Scrolls the page as little as needed to show the element whole (if it fits). */
export function scrollIntoWindow(element: HTMLElement | null): void {
  if (!element || typeof element.scrollIntoView !== 'function') return;
  element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

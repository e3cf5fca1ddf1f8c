/**
 * Pan/zoom state of one chart and the actions on it (buttons, keyboard). The maths
 * lives in viewport.ts; this only holds the state, so prerendering (no state changes,
 * no DOM) draws the identity view: the whole chart.
 */
import {
  useCallback,
  useState,
  type Dispatch,
  type KeyboardEvent,
  type SetStateAction,
} from 'react';
import type { Box } from '../../layout/layout-types.ts';
import {
  IDENTITY_VIEW,
  ensureVisible,
  panBy,
  zoomAt,
  type Size,
  type Viewport,
} from './viewport.ts';

/** One button press or +/- key. */
export const ZOOM_STEP = 1.25;
/** One arrow key press moves the drawing this share of the visible width or height. */
const PAN_STEP = 0.1;
/** Room (chart units) kept around a node panned into view: its selection frame and focus ring. */
const REVEAL_MARGIN = 32;

export interface ViewportControls {
  view: Viewport;
  setView: Dispatch<SetStateAction<Viewport>>;
  zoomIn: () => void;
  zoomOut: () => void;
  fit: () => void;
  /** Pans `box` (chart units, viewBox frame) into view if it is not. */
  reveal: (box: Box) => void;
  onKeyDown: (event: KeyboardEvent) => void;
}

export function useViewport(size: Size): ViewportControls {
  const [view, setView] = useState<Viewport>(IDENTITY_VIEW);
  const { width, height } = size;

  const zoomBy = useCallback(
    (factor: number) => setView((v) => zoomAt(v, { x: width / 2, y: height / 2 }, factor)),
    [width, height],
  );
  const zoomIn = useCallback(() => zoomBy(ZOOM_STEP), [zoomBy]);
  const zoomOut = useCallback(() => zoomBy(1 / ZOOM_STEP), [zoomBy]);
  // The viewBox is the whole chart, so "fit" is the identity view.
  const fit = useCallback(() => setView(IDENTITY_VIEW), []);
  const reveal = useCallback(
    (box: Box) => setView((v) => ensureVisible(v, box, { width, height }, REVEAL_MARGIN)),
    [width, height],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      // Leave browser shortcuts (Ctrl + +: page zoom) and keys a node already handled alone.
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const stepX = width * PAN_STEP;
      const stepY = height * PAN_STEP;
      // Arrows move the view over the chart, so the drawing moves the other way.
      const actions: Record<string, (() => void) | undefined> = {
        ArrowLeft: () => setView((v) => panBy(v, stepX, 0)),
        ArrowRight: () => setView((v) => panBy(v, -stepX, 0)),
        ArrowUp: () => setView((v) => panBy(v, 0, stepY)),
        ArrowDown: () => setView((v) => panBy(v, 0, -stepY)),
        '+': zoomIn,
        '=': zoomIn,
        '-': zoomOut,
        _: zoomOut,
        '0': fit,
      };
      const action = actions[event.key];
      if (!action) return;
      event.preventDefault(); // no page scroll
      action();
    },
    [width, height, zoomIn, zoomOut, fit],
  );

  return { view, setView, zoomIn, zoomOut, fit, reveal, onKeyDown };
}

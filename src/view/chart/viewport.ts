/**
 * Pan and zoom as pure functions, so the maths is unit-tested without a DOM.
 *
 * Everything is in the SVG's viewBox units. A chart point p is drawn at
 * p * scale + (x, y); the identity view therefore shows exactly the viewBox,
 * which is the whole chart — the view that is prerendered before any JS runs.
 */
import type { Box, Point } from '../../layout/layout-types.ts';

export interface Viewport {
  x: number;
  y: number;
  scale: number;
}

export interface Size {
  width: number;
  height: number;
}

export const MIN_SCALE = 0.25;
export const MAX_SCALE = 8;
export const IDENTITY_VIEW: Viewport = { x: 0, y: 0, scale: 1 };

export function clampScale(scale: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}

export function isIdentity(view: Viewport): boolean {
  return view.x === 0 && view.y === 0 && view.scale === 1;
}

/** Zooms by `factor` keeping `point` (viewBox units) where it is on screen. */
export function zoomAt(view: Viewport, point: Point, factor: number): Viewport {
  const scale = clampScale(view.scale * factor);
  if (scale === view.scale) return view;
  const ratio = scale / view.scale;
  return {
    x: point.x - (point.x - view.x) * ratio,
    y: point.y - (point.y - view.y) * ratio,
    scale,
  };
}

/** Moves the drawing by (dx, dy) viewBox units. */
export function panBy(view: Viewport, dx: number, dy: number): Viewport {
  if (dx === 0 && dy === 0) return view;
  return { ...view, x: view.x + dx, y: view.y + dy };
}

/** The view that shows `box` as large as fits in `size`, centred, `padding` units around it. */
export function fitToBox(box: Box, size: Size, padding = 0): Viewport {
  const scaleX = (size.width - 2 * padding) / Math.max(box.width, 1);
  const scaleY = (size.height - 2 * padding) / Math.max(box.height, 1);
  const scale = clampScale(Math.min(scaleX, scaleY));
  return {
    x: (size.width - box.width * scale) / 2 - box.x * scale,
    y: (size.height - box.height * scale) / 2 - box.y * scale,
    scale,
  };
}

/** The part of the chart (chart units) that the view shows. */
export function visibleBox(view: Viewport, size: Size): Box {
  return {
    x: -view.x / view.scale,
    y: -view.y / view.scale,
    width: size.width / view.scale,
    height: size.height / view.scale,
  };
}

/** How far the visible span [viewStart, viewEnd] must move to hold [start, end]; centred if too long. */
function axisShift(start: number, end: number, viewStart: number, viewEnd: number): number {
  if (end - start > viewEnd - viewStart) return (start + end) / 2 - (viewStart + viewEnd) / 2;
  if (start < viewStart) return start - viewStart;
  if (end > viewEnd) return end - viewEnd;
  return 0;
}

/**
 * Pans as little as possible so `box` (plus `margin` chart units around it) is in view.
 * Returns the same object when nothing has to move, so React can skip the re-render.
 */
export function ensureVisible(view: Viewport, box: Box, size: Size, margin = 16): Viewport {
  const seen = visibleBox(view, size);
  const shiftX = axisShift(box.x - margin, box.x + box.width + margin, seen.x, seen.x + seen.width);
  const shiftY = axisShift(
    box.y - margin,
    box.y + box.height + margin,
    seen.y,
    seen.y + seen.height,
  );
  return panBy(view, -shiftX * view.scale, -shiftY * view.scale);
}

export interface ClientRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** viewBox units per CSS pixel for an SVG drawn with preserveAspectRatio "xMidYMid meet". */
export function unitsPerPixel(rect: ClientRect, viewBox: Size): number {
  const pixelsPerUnit = Math.min(rect.width / viewBox.width, rect.height / viewBox.height);
  // An SVG not laid out (jsdom, display:none) has no size: treat a pixel as a unit.
  return pixelsPerUnit > 0 && Number.isFinite(pixelsPerUnit) ? 1 / pixelsPerUnit : 1;
}

/** A pointer's client position in viewBox units, undoing the "meet" scaling and centring. */
export function clientToViewBox(client: Point, rect: ClientRect, viewBox: Size): Point {
  const perPixel = unitsPerPixel(rect, viewBox);
  const drawnWidth = viewBox.width / perPixel;
  const drawnHeight = viewBox.height / perPixel;
  const offsetX = rect.width > 0 ? (rect.width - drawnWidth) / 2 : 0;
  const offsetY = rect.height > 0 ? (rect.height - drawnHeight) / 2 : 0;
  return {
    x: (client.x - rect.left - offsetX) * perPixel,
    y: (client.y - rect.top - offsetY) * perPixel,
  };
}

/** The SVG transform attribute for a view. */
export function viewTransform(view: Viewport): string {
  const round = (value: number) => Math.round(value * 100) / 100;
  return `translate(${round(view.x)} ${round(view.y)}) scale(${round(view.scale * 1000) / 1000})`;
}

/**
 * CSS pixels per chart unit below which the fitted chart is too small to read (labels are
 * 14 units on 18-unit lines: under 6.3 px text on 8 px lines). A chart that large starts
 * zoomed in at READABLE_START instead; above it the whole route opens at once.
 */
export const READABLE_PIXELS_PER_UNIT = 0.45;
export const READABLE_START = 0.9;

/**
 * The view at `scale` that shows `box` centred across and near the top (where a route
 * starts), without showing empty space beyond the chart's edges.
 */
export function startView(box: Box, size: Size, scale: number, margin = 24): Viewport {
  const s = clampScale(scale);
  const clamp = (value: number, low: number) => Math.min(0, Math.max(low, value));
  return {
    scale: s,
    x: clamp(size.width / 2 - (box.x + box.width / 2) * s, size.width * (1 - s)),
    y: clamp(margin - box.y * s, size.height * (1 - s)),
  };
}

/** The smallest box around all `boxes`, or null for none. */
export function boundingBox(boxes: readonly Box[]): Box | null {
  if (boxes.length === 0) return null;
  const left = Math.min(...boxes.map((box) => box.x));
  const top = Math.min(...boxes.map((box) => box.y));
  const right = Math.max(...boxes.map((box) => box.x + box.width));
  const bottom = Math.max(...boxes.map((box) => box.y + box.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * A view in which `box` is wholly visible: the same view if it already is, else the box
 * centred at the largest scale that shows it, at most `maxScale` and never smaller than the
 * whole chart (scale 1).
 */
export function showBoxes(
  view: Viewport,
  box: Box,
  size: Size,
  maxScale: number,
  margin = 24,
): Viewport {
  const seen = visibleBox(view, size);
  const inside =
    box.x - margin >= seen.x &&
    box.y - margin >= seen.y &&
    box.x + box.width + margin <= seen.x + seen.width &&
    box.y + box.height + margin <= seen.y + seen.height;
  return inside ? view : zoomToBox(box, size, maxScale, margin);
}

/**
 * The box centred, as large as fits but at most `maxScale` (a readable size, not a huge one)
 * and never smaller than the whole chart (scale 1), without showing space beyond the chart.
 */
export function zoomToBox(box: Box, size: Size, maxScale: number, margin = 24): Viewport {
  const fitted = fitToBox(box, size, margin);
  const scale = Math.max(1, Math.min(fitted.scale, maxScale));
  if (scale === 1) return IDENTITY_VIEW;
  return {
    scale,
    x: Math.min(
      0,
      Math.max(size.width * (1 - scale), size.width / 2 - (box.x + box.width / 2) * scale),
    ),
    y: Math.min(
      0,
      Math.max(size.height * (1 - scale), size.height / 2 - (box.y + box.height / 2) * scale),
    ),
  };
}

/**
 * The view for one part of the chart (a band): the part whole and centred, at most at
 * `comfortableScale`, when that is at least `readableScale`; else, as on a phone where a band
 * is as wide as the chart, its top at the comfortable scale, so the reader starts reading it
 * rather than seeing the whole chart again.
 */
export function partView(
  box: Box,
  size: Size,
  comfortableScale: number,
  readableScale: number,
): Viewport {
  const whole = zoomToBox(box, size, comfortableScale);
  return whole.scale >= readableScale ? whole : startView(box, size, comfortableScale);
}

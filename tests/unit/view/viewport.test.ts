import { describe, expect, it } from 'vitest';
import {
  IDENTITY_VIEW,
  MAX_SCALE,
  MIN_SCALE,
  clientToViewBox,
  ensureVisible,
  fitToBox,
  panBy,
  unitsPerPixel,
  visibleBox,
  zoomAt,
  type Viewport,
  startView,
  boundingBox,
  showBoxes,
  zoomToBox,
  partView,
} from '../../../src/view/chart/viewport.ts';

const size = { width: 800, height: 600 };
const onScreen = (view: Viewport, point: { x: number; y: number }) => ({
  x: point.x * view.scale + view.x,
  y: point.y * view.scale + view.y,
});

describe('zoomAt', () => {
  it('keeps the zoom point where it is', () => {
    const view = zoomAt({ x: 30, y: -20, scale: 1.5 }, { x: 200, y: 100 }, 2);
    expect(view.scale).toBe(3);
    const chartPoint = { x: (200 - 30) / 1.5, y: (100 + 20) / 1.5 };
    expect(onScreen(view, chartPoint).x).toBeCloseTo(200);
    expect(onScreen(view, chartPoint).y).toBeCloseTo(100);
  });

  it('clamps the scale to 0.25–8', () => {
    let view = IDENTITY_VIEW;
    for (let i = 0; i < 20; i++) view = zoomAt(view, { x: 0, y: 0 }, 1.5);
    expect(view.scale).toBe(MAX_SCALE);
    for (let i = 0; i < 40; i++) view = zoomAt(view, { x: 0, y: 0 }, 0.5);
    expect(view.scale).toBe(MIN_SCALE);
  });

  it('returns the same view when already at the limit', () => {
    const view = { x: 5, y: 5, scale: MAX_SCALE };
    expect(zoomAt(view, { x: 1, y: 1 }, 2)).toBe(view);
  });
});

describe('panBy', () => {
  it('moves the drawing', () => {
    expect(panBy({ x: 1, y: 2, scale: 2 }, 10, -5)).toEqual({ x: 11, y: -3, scale: 2 });
  });
});

describe('fitToBox', () => {
  it('is the identity for a box the size of the view', () => {
    expect(fitToBox({ x: 0, y: 0, ...size }, size)).toEqual(IDENTITY_VIEW);
  });

  it('puts the whole box in view, centred', () => {
    const box = { x: 1000, y: 200, width: 400, height: 100 };
    const view = fitToBox(box, size, 20);
    const seen = visibleBox(view, size);
    expect(seen.x).toBeLessThanOrEqual(box.x);
    expect(seen.y).toBeLessThanOrEqual(box.y);
    expect(seen.x + seen.width).toBeGreaterThanOrEqual(box.x + box.width);
    expect(seen.y + seen.height).toBeGreaterThanOrEqual(box.y + box.height);
    expect(seen.x + seen.width / 2).toBeCloseTo(box.x + box.width / 2);
    expect(view.scale).toBeCloseTo(760 / 400);
  });

  it('clamps the scale for a tiny box', () => {
    expect(fitToBox({ x: 0, y: 0, width: 1, height: 1 }, size).scale).toBe(MAX_SCALE);
  });
});

describe('ensureVisible', () => {
  const zoomed: Viewport = { x: 0, y: 0, scale: 2 }; // shows chart x 0–400, y 0–300

  it('changes nothing when the box is in view', () => {
    expect(ensureVisible(zoomed, { x: 50, y: 50, width: 100, height: 50 }, size)).toBe(zoomed);
  });

  it('pans a hidden box into view, keeping the scale', () => {
    const box = { x: 700, y: 500, width: 160, height: 60 };
    const view = ensureVisible(zoomed, box, size, 10);
    const seen = visibleBox(view, size);
    expect(view.scale).toBe(2);
    expect(seen.x).toBeLessThanOrEqual(box.x - 10 + 1e-9);
    expect(seen.y).toBeLessThanOrEqual(box.y - 10 + 1e-9);
    expect(seen.x + seen.width).toBeGreaterThanOrEqual(box.x + box.width + 10 - 1e-9);
    expect(seen.y + seen.height).toBeGreaterThanOrEqual(box.y + box.height + 10 - 1e-9);
  });

  it('pans as little as needed', () => {
    const view = ensureVisible(zoomed, { x: 380, y: 100, width: 40, height: 20 }, size, 0);
    expect(visibleBox(view, size).x).toBeCloseTo(20);
    expect(view.y).toBe(0);
  });

  it('centres a box larger than the view', () => {
    const box = { x: 0, y: 0, width: 1000, height: 20 };
    const seen = visibleBox(ensureVisible(zoomed, box, size, 0), size);
    expect(seen.x + seen.width / 2).toBeCloseTo(500);
  });
});

describe('client coordinates', () => {
  it('undo the letterboxing of preserveAspectRatio meet', () => {
    // 800×600 viewBox in a 1000×500 element: drawn 666.7×500, centred with 166.7px each side.
    const rect = { left: 10, top: 20, width: 1000, height: 500 };
    expect(unitsPerPixel(rect, size)).toBeCloseTo(1.2);
    const point = clientToViewBox({ x: 10 + 500, y: 20 + 250 }, rect, size);
    expect(point.x).toBeCloseTo(400);
    expect(point.y).toBeCloseTo(300);
  });

  it('treat an element without size as one unit per pixel', () => {
    const rect = { left: 0, top: 0, width: 0, height: 0 };
    expect(unitsPerPixel(rect, size)).toBe(1);
    expect(clientToViewBox({ x: 5, y: 7 }, rect, size)).toEqual({ x: 5, y: 7 });
  });
});

describe('startView', () => {
  const size = { width: 1000, height: 800 };

  it('centres the step across and puts it near the top at the given scale', () => {
    const view = startView({ x: 450, y: 300, width: 100, height: 40 }, size, 2);
    expect(view.scale).toBe(2);
    // The step's centre (500) lands in the middle of the 1000-unit view…
    expect(500 * view.scale + view.x).toBe(500);
    // …and its top 24 units below the top edge.
    expect(300 * view.scale + view.y).toBe(24);
  });

  it('never shows empty space beyond the chart edges', () => {
    const nearCorner = startView({ x: 0, y: 0, width: 100, height: 40 }, size, 2);
    expect(nearCorner).toEqual({ scale: 2, x: 0, y: 0 });
    const farCorner = startView({ x: 950, y: 780, width: 50, height: 20 }, size, 2);
    expect(farCorner.x).toBe(-1000);
    expect(farCorner.y).toBe(-800);
  });
});

describe('bringing a part of the chart into view', () => {
  const size = { width: 1000, height: 800 };
  const small = { x: 600, y: 500, width: 100, height: 50 };

  it('leaves the view alone when the part is already visible', () => {
    const view = { x: 0, y: 0, scale: 1 };
    expect(showBoxes(view, small, size, 3)).toBe(view);
  });

  it('zooms to the part, centred, but no further than the readable scale', () => {
    const view = zoomToBox(small, size, 2);
    expect(view.scale).toBe(2);
    const seen = visibleBox(view, size);
    expect(seen.x).toBeLessThanOrEqual(small.x);
    expect(seen.x + seen.width).toBeGreaterThanOrEqual(small.x + small.width);
    expect(seen.y).toBeLessThanOrEqual(small.y);
    expect(seen.y + seen.height).toBeGreaterThanOrEqual(small.y + small.height);
  });

  it('moves a zoomed-in view back so a far part is wholly visible', () => {
    const zoomed = zoomToBox({ x: 0, y: 0, width: 100, height: 100 }, size, 4);
    const view = showBoxes(zoomed, { x: 800, y: 700, width: 150, height: 60 }, size, 4);
    const seen = visibleBox(view, size);
    expect(seen.x + seen.width).toBeGreaterThanOrEqual(950);
    expect(seen.y + seen.height).toBeGreaterThanOrEqual(760);
  });

  it('finds the box around several parts', () => {
    expect(boundingBox([small, { x: 10, y: 20, width: 30, height: 40 }])).toEqual({
      x: 10,
      y: 20,
      width: 690,
      height: 530,
    });
    expect(boundingBox([])).toBeNull();
  });
});

describe('the view of one part of the chart', () => {
  const size = { width: 1000, height: 2000 };

  it('shows a narrow part whole and centred, at most at the comfortable scale', () => {
    const view = partView({ x: 400, y: 800, width: 200, height: 100 }, size, 2, 1.5);
    expect(view.scale).toBe(2);
    expect(visibleBox(view, size).x).toBeLessThanOrEqual(400);
    expect(visibleBox(view, size).x + visibleBox(view, size).width).toBeGreaterThanOrEqual(600);
  });

  it('starts a part as wide as the chart at its top, at the comfortable scale, not at the whole chart', () => {
    const band = { x: 0, y: 800, width: 1000, height: 300 };
    const view = partView(band, size, 3, 1.5);
    expect(view.scale).toBe(3);
    const seen = visibleBox(view, size);
    expect(seen.y).toBeLessThanOrEqual(800);
    expect(seen.y + seen.height).toBeGreaterThan(800);
  });
});

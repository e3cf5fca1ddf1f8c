import { describe, expect, it } from 'vitest';
import { initialView } from '../../../src/view/editor/canvas/initial-view.ts';
import type { RouteLayout } from '../../../src/layout/layout-types.ts';

const layout = (width: number, height = 3000): RouteLayout => ({
  width,
  height,
  nodes: [],
  groups: [],
  edges: [],
});

describe('the first view of the editor chart', () => {
  it('shows the top of a wide chart at a readable size on a desktop frame', () => {
    expect(initialView(layout(1900), 768)).toEqual({
      kind: 'top',
      viewport: { x: 24, y: 24, zoom: 0.4 },
    });
  });

  it('centres a chart that fits the frame, never zooming in past 100 %', () => {
    expect(initialView(layout(400), 768)).toEqual({
      kind: 'top',
      viewport: { x: 184, y: 24, zoom: 1 },
    });
  });

  it('fits the whole chart on a phone, where a readable size would show only its margin', () => {
    expect(initialView(layout(1900), 342)).toEqual({ kind: 'fit' });
  });

  it('keeps a narrow chart readable on a phone', () => {
    expect(initialView(layout(300), 342)).toMatchObject({ kind: 'top', viewport: { zoom: 0.98 } });
  });
});
